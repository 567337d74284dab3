#!/usr/bin/env node
import { createRequire as __wasmGateCreateRequire } from 'node:module';
const require = __wasmGateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a2, b) => (typeof require !== "undefined" ? require : a2)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name3 in all)
    __defProp(target, name3, { get: all[name3], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c3) => `${s}${c3}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c3) => {
          if (c3 instanceof Name)
            names[c3.str] = (names[c3.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i2 = 0;
      while (i2 < args.length) {
        addCodeArg(code, args[i2]);
        code.push(strs[++i2]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str3(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i2 = 0;
      while (i2 < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i2]);
        expr.push(plus, safeStringify(strs[++i2]));
      }
      optimize2(expr);
      return new _Code(expr);
    }
    exports.str = str3;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize2(expr) {
      let i2 = 1;
      while (i2 < expr.length - 1) {
        if (expr[i2] === plus) {
          const res = mergeExprItems(expr[i2 - 1], expr[i2 + 1]);
          if (res !== void 0) {
            expr.splice(i2 - 1, 3, res);
            continue;
          }
          expr[i2++] = "+";
        }
        i2++;
      }
    }
    function mergeExprItems(a2, b) {
      if (b === '""')
        return a2;
      if (a2 === '""')
        return b;
      if (typeof a2 == "string") {
        if (b instanceof Name || a2[a2.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a2.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a2.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a2 instanceof Name))
        return `"${a2}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c22) {
      return c22.emptyStr() ? c1 : c1.emptyStr() ? c22 : str3`${c1}${c22}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name3) {
        super(`CodeGen: "code" for ${name3} not defined`);
        this.value = name3.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name3 = this.toName(nameOrPrefix);
        const { prefix } = name3;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name3);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name3.setValue(value, { property: prefix, itemIndex });
        return name3;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values2 = this._values) {
        return this._reduceValues(values2, (name3) => {
          if (name3.scopePath === void 0)
            throw new Error(`CodeGen: name "${name3}" has no value`);
          return (0, code_1._)`${scopeName}${name3.scopePath}`;
        });
      }
      scopeCode(values2 = this._values, usedValues, getCode) {
        return this._reduceValues(values2, (name3) => {
          if (name3.value === void 0)
            throw new Error(`CodeGen: name "${name3}" has no value`);
          return name3.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values2, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values2) {
          const vs = values2[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name3) => {
            if (nameSet.has(name3))
              return;
            nameSet.set(name3, UsedValueState.Started);
            let c3 = valueCode(name3);
            if (c3) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name3} = ${c3};${this.opts._n}`;
            } else if (c3 = getCode === null || getCode === void 0 ? void 0 : getCode(name3)) {
              code = (0, code_1._)`${code}${c3}${this.opts._n}`;
            } else {
              throw new ValueError(name3);
            }
            nameSet.set(name3, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name3, rhs) {
        super();
        this.varKind = varKind;
        this.name = name3;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants6) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants6);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants6) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants6);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op2, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op2;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants6) {
        this.code = optimizeExpr(this.code, names, constants6);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n2) => code + n2.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i2 = nodes.length;
        while (i2--) {
          const n2 = nodes[i2].optimizeNodes();
          if (Array.isArray(n2))
            nodes.splice(i2, 1, ...n2);
          else if (n2)
            nodes[i2] = n2;
          else
            nodes.splice(i2, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants6) {
        const { nodes } = this;
        let i2 = nodes.length;
        while (i2--) {
          const n2 = nodes[i2];
          if (n2.optimizeNames(names, constants6))
            continue;
          subtractNames(names, n2.names);
          nodes.splice(i2, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n2) => addNames(names, n2.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants6) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants6);
        if (!(super.optimizeNames(names, constants6) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants6);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants6) {
        if (!super.optimizeNames(names, constants6))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants6);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name3, from, to) {
        super();
        this.varKind = varKind;
        this.name = name3;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name3, from, to } = this;
        return `for(${varKind} ${name3}=${from}; ${name3}<${to}; ${name3}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name3, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name3;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants6) {
        if (!super.optimizeNames(names, constants6))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants6);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name3, args, async) {
        super();
        this.name = name3;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants6) {
        var _a, _b;
        super.optimizeNames(names, constants6);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants6);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants6);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name3 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name3.prefix] || (this._values[name3.prefix] = /* @__PURE__ */ new Set());
        vs.add(name3);
        return name3;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name3 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name3.str] = rhs;
        this._leafNode(new Def(varKind, name3, rhs));
        return name3;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c3) {
        if (typeof c3 == "function")
          c3();
        else if (c3 !== code_1.nil)
          this._leafNode(new AnyCode(c3));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name3 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name3, from, to), () => forBody(name3));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name3 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr2 = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr2}.length`, (i2) => {
            this.var(name3, (0, code_1._)`${arr2}[${i2}]`);
            forBody(name3);
          });
        }
        return this._for(new ForIter("of", varKind, name3, iterable), () => forBody(name3));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj3, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj3})`, forBody);
        }
        const name3 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name3, obj3), () => forBody(name3));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name3, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name3, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n2 = 1) {
        while (n2-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n2 = this._currNode;
        if (n2 instanceof N1 || N2 && n2 instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n2 = this._currNode;
        if (!(n2 instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n2.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n2 in from)
        names[n2] = (names[n2] || 0) + (from[n2] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants6) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c3) => {
        if (c3 instanceof code_1.Name)
          c3 = replaceName(c3);
        if (c3 instanceof code_1._Code)
          items.push(...c3._items);
        else
          items.push(c3);
        return items;
      }, []));
      function replaceName(n2) {
        const c3 = constants6[n2.str];
        if (c3 === void 0 || names[n2.str] !== 1)
          return n2;
        delete names[n2.str];
        return c3;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c3) => c3 instanceof code_1.Name && names[c3.str] === 1 && constants6[c3.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n2 in from)
        names[n2] = (names[n2] || 0) - (from[n2] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op2) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op2} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr2) {
      const hash = {};
      for (const item of arr2)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str3) {
      return unescapeJsonPointer(decodeURIComponent(str3));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str3) {
      return encodeURIComponent(escapeJsonPointer(str3));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str3) {
      if (typeof str3 == "number")
        return `${str3}`;
      return str3.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str3) {
      return str3.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i2) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i2}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i2) => assignDefault(it, i2, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u2 = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u2);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u2})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i2) => {
          cxt.subschema({
            keyword,
            dataProp: i2,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i2) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i2,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef2 = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef2,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module2) {
    "use strict";
    module2.exports = function equal(a2, b) {
      if (a2 === b) return true;
      if (a2 && b && typeof a2 == "object" && typeof b == "object") {
        if (a2.constructor !== b.constructor) return false;
        var length, i2, keys;
        if (Array.isArray(a2)) {
          length = a2.length;
          if (length != b.length) return false;
          for (i2 = length; i2-- !== 0; )
            if (!equal(a2[i2], b[i2])) return false;
          return true;
        }
        if (a2.constructor === RegExp) return a2.source === b.source && a2.flags === b.flags;
        if (a2.valueOf !== Object.prototype.valueOf) return a2.valueOf() === b.valueOf();
        if (a2.toString !== Object.prototype.toString) return a2.toString() === b.toString();
        keys = Object.keys(a2);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i2 = length; i2-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i2])) return false;
        for (i2 = length; i2-- !== 0; ) {
          var key = keys[i2];
          if (!equal(a2[key], b[key])) return false;
        }
        return true;
      }
      return a2 !== a2 && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module2) {
    "use strict";
    var traverse = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i2 = 0; i2 < sch.length; i2++)
                _traverse(opts, pre, post, sch[i2], jsonPtr + "/" + key + "/" + i2, rootSchema, jsonPtr, key, schema, i2);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str3) {
      return str3.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count3 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count3++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count3 += countKeys(sch));
        }
        if (count3 === Infinity)
          return Infinity;
      }
      return count3;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj3, assign) {
        if (assign)
          Object.assign(this.params, obj3);
        else
          this.params = obj3;
      }
      block$data(valid, codeBlock2, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock2();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module2) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i2 = 0; i2 < 256; i2++) {
        BYTE_HEX[i2] = "%" + HEX_DIGITS[i2 >> 4] + HEX_DIGITS[i2 & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i2 = 0;
      for (i2 = 0; i2 < input.length; i2++) {
        code = input[i2].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i2];
        break;
      }
      for (i2 += 1; i2 < input.length; i2++) {
        code = input[i2].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i2];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i2 = 0; i2 < zone.length; i2++) {
        if (isZoneCharacter(zone[i2])) continue;
        if (zone[i2] === "%" && i2 + 2 < zone.length && isHexPair(zone.slice(i2 + 1, i2 + 3))) {
          i2 += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i2 = 0; i2 < hextets.length; i2++) {
        if (hextets[i2] === "0") {
          if (runStart === -1) runStart = i2;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i2 = 0; i2 < parts.length; i2++) {
        const part = parts[i2];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i2 !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i2] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i2 = hextetCount; i2 < 8; i2++) expanded.push("0");
      for (let i2 = left.length; i2 < parts.length; i2++) expanded.push(parts[i2]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str3, token) {
      let ind = 0;
      for (let i2 = 0; i2 < str3.length; i2++) {
        if (str3[i2] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path23) {
      let input = path23;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path23) {
      if (path23 === "" || path23[0] === "/") {
        return removeDotSegments(path23);
      }
      const segments = path23.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i2 = 0; i2 <= last; i2++) {
        const segment = segments[i2];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i2 === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        if (input[i2] === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        output += input[i2];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        const ch = input[i2];
        if (ch === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            const normalizedHex = hex2.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i2 += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i2);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i2 + 1 < input.length) {
            const low = input.charCodeAt(i2 + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i2++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i2 = 0; i2 < input.length; i2++) {
        if (input[i2] === "%" && i2 + 2 < input.length) {
          const hex2 = input.slice(i2 + 1, i2 + 3);
          if (isHexPair(hex2)) {
            output += "%" + hex2.toUpperCase();
            i2 += 2;
            continue;
          }
        }
        output += escape(input[i2]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module2) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name3) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name3
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path23 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path23 && path23 !== "/" ? path23 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module2) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse3(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse3(serialize2(base, options), options);
        relative = parse3(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse3(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse3
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str3, flags) => new RegExp(str3, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o2) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o2.strict;
      const _optz = (_a = o2.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize2 = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o2.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o2.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o2.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o2.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o2.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o2.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o2.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o2.code ? { ...o2.code, optimize: optimize2, regExp } : { optimize: optimize2, regExp },
        loopRequired: (_q = o2.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o2.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o2.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o2.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o2.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o2.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o2.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o2.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o2.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o2.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o2.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i2 = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i2 >= 0)
            group.rules.splice(i2, 1);
        }
        return this;
      }
      // Add format
      addFormat(name3, format4) {
        if (typeof format4 == "string")
          format4 = new RegExp(format4);
        this.formats[name3] = format4;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name3 in this.opts.formats) {
        const format4 = this.opts.formats[name3];
        if (format4)
          this.addFormat(name3, format4);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i2 = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i2 >= 0) {
        ruleGroup.rules.splice(i2, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str3) {
      const len = str3.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str3.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str3.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op2 = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op2} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u2 = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u2}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op2 = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op2} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op2 = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op2} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i: i2, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i2} are identical)`,
      params: ({ params: { i: i2, j } }) => (0, codegen_1._)`{i: ${i2}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i2 = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i: i2, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i2} > 1`, () => (canOptimize() ? loopN : loopN2)(i2, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i2, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i2}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i2}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i2}`);
          });
        }
        function loopN2(i2, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i2}--;`, () => gen.for((0, codegen_1._)`${j} = ${i2}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i2}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i2) => equalCode(vSchema, i2)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i2) {
          const sch = schema[i2];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i2}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i2) => {
          cxt.subschema({ keyword, dataProp: i2, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i2) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i2}`, () => cxt.subschema({
          keyword,
          schemaProp: i2,
          dataProp: i2
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count3 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count3)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i2) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i2,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count3) {
          gen.code((0, codegen_1._)`${count3}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count3} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i2) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i2,
                compositeRule: true
              }, schValid);
            }
            if (i2 > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i2}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i2);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i2) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i2 }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format4 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format4, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format4, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format4}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format4}(${data}) : ${format4}(${data}))` : (0, codegen_1._)`${format4}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format4} == "function" ? ${callFormat} : ${format4}.test(${data}))`;
            return (0, codegen_1._)`${format4} && ${format4} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format4, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format4 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format4 = [format_1.default];
    exports.default = format4;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i2 = 0; i2 < oneOf2.length; i2++) {
            let sch = oneOf2[i2];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i2);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i2) {
            if (sch.const) {
              addMapping(sch.const, i2);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i2);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i2) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i2;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module2) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module2.exports = exports = Ajv2;
    module2.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str3) {
      const matches = DATE.exec(str3);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str3) {
        const matches = TIME.exec(str3);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str3) {
        const dateTime = str3.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str3) {
      return NOT_URI_FRAGMENT.test(str3) && URI.test(str3);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str3) {
      BYTE.lastIndex = 0;
      return BYTE.test(str3);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str3) {
      if (Z_ANCHOR.test(str3))
        return false;
      try {
        new RegExp(str3);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format4 = fCxt.schema;
          const fmtDef = self.formats[format4];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format4}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format4,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format4)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module2) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name3, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name3];
      if (!f)
        throw new Error(`Unknown format "${name3}"`);
      return f;
    };
    function addFormats2(ajv2, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv2.addFormat(f, fs[f]);
    }
    module2.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// node_modules/isexe/windows.js
var require_windows = __commonJS({
  "node_modules/isexe/windows.js"(exports, module2) {
    module2.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function checkPathExt(path23, options) {
      var pathext = options.pathExt !== void 0 ? options.pathExt : process.env.PATHEXT;
      if (!pathext) {
        return true;
      }
      pathext = pathext.split(";");
      if (pathext.indexOf("") !== -1) {
        return true;
      }
      for (var i2 = 0; i2 < pathext.length; i2++) {
        var p = pathext[i2].toLowerCase();
        if (p && path23.substr(-p.length).toLowerCase() === p) {
          return true;
        }
      }
      return false;
    }
    function checkStat(stat4, path23, options) {
      if (!stat4.isSymbolicLink() && !stat4.isFile()) {
        return false;
      }
      return checkPathExt(path23, options);
    }
    function isexe(path23, options, cb) {
      fs.stat(path23, function(er, stat4) {
        cb(er, er ? false : checkStat(stat4, path23, options));
      });
    }
    function sync(path23, options) {
      return checkStat(fs.statSync(path23), path23, options);
    }
  }
});

// node_modules/isexe/mode.js
var require_mode = __commonJS({
  "node_modules/isexe/mode.js"(exports, module2) {
    module2.exports = isexe;
    isexe.sync = sync;
    var fs = __require("fs");
    function isexe(path23, options, cb) {
      fs.stat(path23, function(er, stat4) {
        cb(er, er ? false : checkStat(stat4, options));
      });
    }
    function sync(path23, options) {
      return checkStat(fs.statSync(path23), options);
    }
    function checkStat(stat4, options) {
      return stat4.isFile() && checkMode(stat4, options);
    }
    function checkMode(stat4, options) {
      var mod = stat4.mode;
      var uid = stat4.uid;
      var gid = stat4.gid;
      var myUid = options.uid !== void 0 ? options.uid : process.getuid && process.getuid();
      var myGid = options.gid !== void 0 ? options.gid : process.getgid && process.getgid();
      var u2 = parseInt("100", 8);
      var g = parseInt("010", 8);
      var o2 = parseInt("001", 8);
      var ug = u2 | g;
      var ret = mod & o2 || mod & g && gid === myGid || mod & u2 && uid === myUid || mod & ug && myUid === 0;
      return ret;
    }
  }
});

// node_modules/isexe/index.js
var require_isexe = __commonJS({
  "node_modules/isexe/index.js"(exports, module2) {
    var fs = __require("fs");
    var core;
    if (process.platform === "win32" || global.TESTING_WINDOWS) {
      core = require_windows();
    } else {
      core = require_mode();
    }
    module2.exports = isexe;
    isexe.sync = sync;
    function isexe(path23, options, cb) {
      if (typeof options === "function") {
        cb = options;
        options = {};
      }
      if (!cb) {
        if (typeof Promise !== "function") {
          throw new TypeError("callback not provided");
        }
        return new Promise(function(resolve, reject) {
          isexe(path23, options || {}, function(er, is) {
            if (er) {
              reject(er);
            } else {
              resolve(is);
            }
          });
        });
      }
      core(path23, options || {}, function(er, is) {
        if (er) {
          if (er.code === "EACCES" || options && options.ignoreErrors) {
            er = null;
            is = false;
          }
        }
        cb(er, is);
      });
    }
    function sync(path23, options) {
      try {
        return core.sync(path23, options || {});
      } catch (er) {
        if (options && options.ignoreErrors || er.code === "EACCES") {
          return false;
        } else {
          throw er;
        }
      }
    }
  }
});

// node_modules/which/which.js
var require_which = __commonJS({
  "node_modules/which/which.js"(exports, module2) {
    var isWindows = process.platform === "win32" || process.env.OSTYPE === "cygwin" || process.env.OSTYPE === "msys";
    var path23 = __require("path");
    var COLON = isWindows ? ";" : ":";
    var isexe = require_isexe();
    var getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" });
    var getPathInfo = (cmd, opt) => {
      const colon = opt.colon || COLON;
      const pathEnv = cmd.match(/\//) || isWindows && cmd.match(/\\/) ? [""] : [
        // windows always checks the cwd first
        ...isWindows ? [process.cwd()] : [],
        ...(opt.path || process.env.PATH || /* istanbul ignore next: very unusual */
        "").split(colon)
      ];
      const pathExtExe = isWindows ? opt.pathExt || process.env.PATHEXT || ".EXE;.CMD;.BAT;.COM" : "";
      const pathExt = isWindows ? pathExtExe.split(colon) : [""];
      if (isWindows) {
        if (cmd.indexOf(".") !== -1 && pathExt[0] !== "")
          pathExt.unshift("");
      }
      return {
        pathEnv,
        pathExt,
        pathExtExe
      };
    };
    var which = (cmd, opt, cb) => {
      if (typeof opt === "function") {
        cb = opt;
        opt = {};
      }
      if (!opt)
        opt = {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      const step = (i2) => new Promise((resolve, reject) => {
        if (i2 === pathEnv.length)
          return opt.all && found.length ? resolve(found) : reject(getNotFoundError(cmd));
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path23.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        resolve(subStep(p, i2, 0));
      });
      const subStep = (p, i2, ii) => new Promise((resolve, reject) => {
        if (ii === pathExt.length)
          return resolve(step(i2 + 1));
        const ext = pathExt[ii];
        isexe(p + ext, { pathExt: pathExtExe }, (er, is) => {
          if (!er && is) {
            if (opt.all)
              found.push(p + ext);
            else
              return resolve(p + ext);
          }
          return resolve(subStep(p, i2, ii + 1));
        });
      });
      return cb ? step(0).then((res) => cb(null, res), cb) : step(0);
    };
    var whichSync = (cmd, opt) => {
      opt = opt || {};
      const { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt);
      const found = [];
      for (let i2 = 0; i2 < pathEnv.length; i2++) {
        const ppRaw = pathEnv[i2];
        const pathPart = /^".*"$/.test(ppRaw) ? ppRaw.slice(1, -1) : ppRaw;
        const pCmd = path23.join(pathPart, cmd);
        const p = !pathPart && /^\.[\\\/]/.test(cmd) ? cmd.slice(0, 2) + pCmd : pCmd;
        for (let j = 0; j < pathExt.length; j++) {
          const cur = p + pathExt[j];
          try {
            const is = isexe.sync(cur, { pathExt: pathExtExe });
            if (is) {
              if (opt.all)
                found.push(cur);
              else
                return cur;
            }
          } catch (ex) {
          }
        }
      }
      if (opt.all && found.length)
        return found;
      if (opt.nothrow)
        return null;
      throw getNotFoundError(cmd);
    };
    module2.exports = which;
    which.sync = whichSync;
  }
});

// node_modules/path-key/index.js
var require_path_key = __commonJS({
  "node_modules/path-key/index.js"(exports, module2) {
    "use strict";
    var pathKey2 = (options = {}) => {
      const environment = options.env || process.env;
      const platform2 = options.platform || process.platform;
      if (platform2 !== "win32") {
        return "PATH";
      }
      return Object.keys(environment).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
    };
    module2.exports = pathKey2;
    module2.exports.default = pathKey2;
  }
});

// node_modules/cross-spawn/lib/util/resolveCommand.js
var require_resolveCommand = __commonJS({
  "node_modules/cross-spawn/lib/util/resolveCommand.js"(exports, module2) {
    "use strict";
    var path23 = __require("path");
    var which = require_which();
    var getPathKey = require_path_key();
    function resolveCommandAttempt(parsed, withoutPathExt) {
      const env = parsed.options.env || process.env;
      const cwd = process.cwd();
      const hasCustomCwd = parsed.options.cwd != null;
      const shouldSwitchCwd = hasCustomCwd && process.chdir !== void 0 && !process.chdir.disabled;
      if (shouldSwitchCwd) {
        try {
          process.chdir(parsed.options.cwd);
        } catch (err) {
        }
      }
      let resolved;
      try {
        resolved = which.sync(parsed.command, {
          path: env[getPathKey({ env })],
          pathExt: withoutPathExt ? path23.delimiter : void 0
        });
      } catch (e) {
      } finally {
        if (shouldSwitchCwd) {
          process.chdir(cwd);
        }
      }
      if (resolved) {
        resolved = path23.resolve(hasCustomCwd ? parsed.options.cwd : "", resolved);
      }
      return resolved;
    }
    function resolveCommand(parsed) {
      return resolveCommandAttempt(parsed) || resolveCommandAttempt(parsed, true);
    }
    module2.exports = resolveCommand;
  }
});

// node_modules/cross-spawn/lib/util/escape.js
var require_escape = __commonJS({
  "node_modules/cross-spawn/lib/util/escape.js"(exports, module2) {
    "use strict";
    var metaCharsRegExp = /([()\][%!^"`<>&|;, *?])/g;
    function escapeCommand(arg) {
      arg = arg.replace(metaCharsRegExp, "^$1");
      return arg;
    }
    function escapeArgument(arg, doubleEscapeMetaChars) {
      arg = `${arg}`;
      arg = arg.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
      arg = arg.replace(/(?=(\\+?)?)\1$/, "$1$1");
      arg = `"${arg}"`;
      arg = arg.replace(metaCharsRegExp, "^$1");
      if (doubleEscapeMetaChars) {
        arg = arg.replace(metaCharsRegExp, "^$1");
      }
      return arg;
    }
    module2.exports.command = escapeCommand;
    module2.exports.argument = escapeArgument;
  }
});

// node_modules/shebang-regex/index.js
var require_shebang_regex = __commonJS({
  "node_modules/shebang-regex/index.js"(exports, module2) {
    "use strict";
    module2.exports = /^#!(.*)/;
  }
});

// node_modules/shebang-command/index.js
var require_shebang_command = __commonJS({
  "node_modules/shebang-command/index.js"(exports, module2) {
    "use strict";
    var shebangRegex = require_shebang_regex();
    module2.exports = (string = "") => {
      const match = string.match(shebangRegex);
      if (!match) {
        return null;
      }
      const [path23, argument] = match[0].replace(/#! ?/, "").split(" ");
      const binary = path23.split("/").pop();
      if (binary === "env") {
        return argument;
      }
      return argument ? `${binary} ${argument}` : binary;
    };
  }
});

// node_modules/cross-spawn/lib/util/readShebang.js
var require_readShebang = __commonJS({
  "node_modules/cross-spawn/lib/util/readShebang.js"(exports, module2) {
    "use strict";
    var fs = __require("fs");
    var shebangCommand = require_shebang_command();
    function readShebang(command) {
      const size = 150;
      const buffer = Buffer.alloc(size);
      let fd;
      try {
        fd = fs.openSync(command, "r");
        fs.readSync(fd, buffer, 0, size, 0);
        fs.closeSync(fd);
      } catch (e) {
      }
      return shebangCommand(buffer.toString());
    }
    module2.exports = readShebang;
  }
});

// node_modules/cross-spawn/lib/parse.js
var require_parse = __commonJS({
  "node_modules/cross-spawn/lib/parse.js"(exports, module2) {
    "use strict";
    var path23 = __require("path");
    var resolveCommand = require_resolveCommand();
    var escape2 = require_escape();
    var readShebang = require_readShebang();
    var isWin = process.platform === "win32";
    var isExecutableRegExp = /\.(?:com|exe)$/i;
    var isCmdShimRegExp = /node_modules[\\/].bin[\\/][^\\/]+\.cmd$/i;
    function detectShebang(parsed) {
      parsed.file = resolveCommand(parsed);
      const shebang = parsed.file && readShebang(parsed.file);
      if (shebang) {
        parsed.args.unshift(parsed.file);
        parsed.command = shebang;
        return resolveCommand(parsed);
      }
      return parsed.file;
    }
    function parseNonShell(parsed) {
      if (!isWin) {
        return parsed;
      }
      const commandFile = detectShebang(parsed);
      const needsShell = !isExecutableRegExp.test(commandFile);
      if (parsed.options.forceShell || needsShell) {
        const needsDoubleEscapeMetaChars = isCmdShimRegExp.test(commandFile);
        parsed.command = path23.normalize(parsed.command);
        parsed.command = escape2.command(parsed.command);
        parsed.args = parsed.args.map((arg) => escape2.argument(arg, needsDoubleEscapeMetaChars));
        const shellCommand = [parsed.command].concat(parsed.args).join(" ");
        parsed.args = ["/d", "/s", "/c", `"${shellCommand}"`];
        parsed.command = process.env.comspec || "cmd.exe";
        parsed.options.windowsVerbatimArguments = true;
      }
      return parsed;
    }
    function parse3(command, args, options) {
      if (args && !Array.isArray(args)) {
        options = args;
        args = null;
      }
      args = args ? args.slice(0) : [];
      options = Object.assign({}, options);
      const parsed = {
        command,
        args,
        options,
        file: void 0,
        original: {
          command,
          args
        }
      };
      return options.shell ? parsed : parseNonShell(parsed);
    }
    module2.exports = parse3;
  }
});

// node_modules/cross-spawn/lib/enoent.js
var require_enoent = __commonJS({
  "node_modules/cross-spawn/lib/enoent.js"(exports, module2) {
    "use strict";
    var isWin = process.platform === "win32";
    function notFoundError(original, syscall) {
      return Object.assign(new Error(`${syscall} ${original.command} ENOENT`), {
        code: "ENOENT",
        errno: "ENOENT",
        syscall: `${syscall} ${original.command}`,
        path: original.command,
        spawnargs: original.args
      });
    }
    function hookChildProcess(cp, parsed) {
      if (!isWin) {
        return;
      }
      const originalEmit = cp.emit;
      cp.emit = function(name3, arg1) {
        if (name3 === "exit") {
          const err = verifyENOENT(arg1, parsed);
          if (err) {
            return originalEmit.call(cp, "error", err);
          }
        }
        return originalEmit.apply(cp, arguments);
      };
    }
    function verifyENOENT(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawn");
      }
      return null;
    }
    function verifyENOENTSync(status, parsed) {
      if (isWin && status === 1 && !parsed.file) {
        return notFoundError(parsed.original, "spawnSync");
      }
      return null;
    }
    module2.exports = {
      hookChildProcess,
      verifyENOENT,
      verifyENOENTSync,
      notFoundError
    };
  }
});

// node_modules/cross-spawn/index.js
var require_cross_spawn = __commonJS({
  "node_modules/cross-spawn/index.js"(exports, module2) {
    "use strict";
    var cp = __require("child_process");
    var parse3 = require_parse();
    var enoent = require_enoent();
    function spawn3(command, args, options) {
      const parsed = parse3(command, args, options);
      const spawned = cp.spawn(parsed.command, parsed.args, parsed.options);
      enoent.hookChildProcess(spawned, parsed);
      return spawned;
    }
    function spawnSync2(command, args, options) {
      const parsed = parse3(command, args, options);
      const result = cp.spawnSync(parsed.command, parsed.args, parsed.options);
      result.error = result.error || enoent.verifyENOENTSync(result.status, parsed);
      return result;
    }
    module2.exports = spawn3;
    module2.exports.spawn = spawn3;
    module2.exports.sync = spawnSync2;
    module2.exports._parse = parse3;
    module2.exports._enoent = enoent;
  }
});

// src/cli.ts
import { realpathSync } from "node:fs";
import path22 from "node:path";
import { fileURLToPath as fileURLToPath5 } from "node:url";

// src/cli-args.ts
var COMMANDS = ["check", "update", "validate", "init", "merge", "help", "version"];
var VALUE_OPTIONS = ["config", "baseline", "out-dir", "json", "markdown", "shard", "variants", "cache-dir", "against"];
var FLAG_OPTIONS = ["verbose", "no-color", "help", "version", "write-baseline", "no-reuse"];
var SHORT = { "-h": "help", "-v": "version" };
var UsageError = class extends Error {
};
function parseCliArgs(argv) {
  const parsed = { command: void 0, files: [], values: {}, flags: {} };
  const positionals = [];
  for (let i2 = 0; i2 < argv.length; i2++) {
    const arg = argv[i2];
    if (arg === "--") {
      positionals.push(...argv.slice(i2 + 1));
      break;
    }
    if (SHORT[arg]) {
      parsed.flags[SHORT[arg]] = true;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw new UsageError(`unknown option ${arg}${suggest(arg.replace(/^-+/, ""))}`);
    const eq = arg.indexOf("=");
    const name3 = arg.slice(2, eq < 0 ? void 0 : eq);
    if (VALUE_OPTIONS.includes(name3)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i2];
      if (value === void 0 || value === "" || eq < 0 && value.startsWith("--")) throw new UsageError(`option --${name3} needs a value (e.g. --${name3} ${placeholder(name3)})`);
      parsed.values[name3] = value;
    } else if (FLAG_OPTIONS.includes(name3)) {
      if (eq >= 0) throw new UsageError(`option --${name3} takes no value`);
      parsed.flags[name3] = true;
    } else {
      throw new UsageError(`unknown option --${name3}${suggest(name3)}`);
    }
  }
  const [command, ...rest] = positionals;
  if (command !== void 0) {
    if (!COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"${suggest(command, COMMANDS, "")} (use check, update, validate, init or merge)`);
    parsed.command = command;
  }
  if (parsed.command === "merge") parsed.files = rest;
  else if (rest[0] !== void 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const only = (option, commands) => {
    if (parsed.command && !commands.includes(parsed.command)) throw new UsageError(`option --${option} is for ${commands.join(" and ")}, not ${parsed.command}`);
  };
  if (parsed.values.shard !== void 0) only("shard", ["check", "update"]);
  if (parsed.values.variants !== void 0) only("variants", ["check", "update"]);
  if (parsed.flags["write-baseline"]) only("write-baseline", ["merge"]);
  if (parsed.values["cache-dir"] !== void 0) only("cache-dir", ["check", "update"]);
  if (parsed.flags["no-reuse"]) only("no-reuse", ["check", "update"]);
  if (parsed.values.against !== void 0) only("against", ["check"]);
  return parsed;
}
function placeholder(name3) {
  if (name3 === "against") return "origin/main";
  return name3 === "out-dir" || name3 === "cache-dir" ? "DIR" : name3 === "json" ? "results.json" : name3 === "markdown" ? "report.md" : "FILE";
}
function suggest(word, names = [...VALUE_OPTIONS, ...FLAG_OPTIONS], prefix = "--") {
  let best;
  let bestDistance = Infinity;
  for (const name3 of names) {
    const d = distance(word.toLowerCase(), name3);
    if (d < bestDistance) {
      best = name3;
      bestDistance = d;
    }
  }
  const close = best !== void 0 && (bestDistance <= Math.max(1, Math.floor(best.length / 3)) || best.startsWith(word.toLowerCase()));
  return close && word.length > 0 ? ` (did you mean ${prefix}${best}?)` : "";
}
function distance(a2, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i2 = 1; i2 <= a2.length; i2++) {
    const next = [i2];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a2[i2 - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

// src/fs/read-input.ts
import { constants } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
var DEFAULT_FILE_SIZE_LIMIT_MB = 1024;
var DEFAULT_FILE_SIZE_LIMIT_BYTES = DEFAULT_FILE_SIZE_LIMIT_MB * 2 ** 20;
var InputReadError = class extends Error {
  constructor(file, message, code) {
    super(message);
    this.file = file;
    this.code = code;
  }
  file;
  code;
};
var CHUNK = 1 << 20;
async function readInputFile(file, what, limitBytes = DEFAULT_FILE_SIZE_LIMIT_BYTES) {
  await checkRegular(file, what, limitBytes, await statOf(file, what, () => stat(file)));
  const handle = await statOf(file, what, () => open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY));
  try {
    const info = await statOf(file, what, () => handle.stat());
    await checkRegular(file, what, limitBytes, info);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, CHUNK), limitBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limitBytes) throw tooLarge(file, what, total, limitBytes, "more than");
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
async function checkInputFile(file, what, limitBytes = DEFAULT_FILE_SIZE_LIMIT_BYTES) {
  await checkRegular(file, what, limitBytes, await statOf(file, what, () => stat(file)));
}
async function statOf(file, what, action) {
  try {
    return await action();
  } catch (error) {
    const code = error.code ?? "error";
    throw new InputReadError(file, `${what} ${file} cannot be read (${code})`, code);
  }
}
async function checkRegular(file, what, limitBytes, info) {
  if (info.isDirectory()) throw new InputReadError(file, `${what} ${file} cannot be read (EISDIR): it is a directory, give the file`, "EISDIR");
  if (!info.isFile()) {
    const target = await realpath(file).catch(() => file);
    const via = target === file ? "" : ` (${target})`;
    throw new InputReadError(file, `${what} ${file} is ${kindOf(info)}${via}, not a regular file: the gate reads only regular files (a FIFO would hang it, a device would never end); give the path of a file`, "not-regular");
  }
  if (info.size > limitBytes) throw tooLarge(file, what, info.size, limitBytes, "");
}
function tooLarge(file, what, size, limitBytes, qualifier) {
  const has2 = qualifier ? `${qualifier} ${formatMb(limitBytes)}` : formatMb(size);
  return new InputReadError(file, `${what} ${file} is ${has2}, past the limit of ${formatMb(limitBytes)} on files the gate reads: raise fileSizeLimitMb in the config if it is right`, "too-large");
}
function formatMb(bytes2) {
  const mb = bytes2 / 2 ** 20;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
function kindOf(info) {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "a special file";
}

// src/config/defaults.ts
var DEFAULT_CONFIG_FILE = "wasm-gate.config.json";
var DEFAULT_BASELINE_FILE = "baseline.json";
var DEFAULT_OPTIMIZE = {
  engine: "binaryen",
  flags: ["-Oz", "--strip-debug"],
  wasmOpt: "wasm-opt"
};
var DEFAULT_THRESHOLDS = {
  raw: false,
  optimized: { relative: 1 },
  gzip: { relative: 1 },
  brotli: { relative: 1 },
  cycles: { relative: 1 },
  instructions: { relative: 1 },
  peakMemoryBytes: { relative: 10 },
  peakLiveBytes: { relative: 10 },
  // bytes still allocated when a benchmark returns: any growth is a new leak
  liveBytesAtEnd: { absolute: 0 },
  opsPerSec: false,
  // paired against the base commit (check --against): fails only when the whole 95% interval is
  // more than 5% slower, far past what identical modules have shown (docs/WALL-CLOCK.md)
  vsBase: { relative: 5 }
};
var DEFAULT_BENCH = {
  enabled: true,
  exports: ["bench_*"],
  traces: [],
  timeLimitMs: 3e4,
  totalTimeLimitMs: 20 * 6e4,
  samples: 10,
  targetSampleMs: 25,
  throughput: true,
  pairTargetPct: 0.5,
  pairTimeLimitMs: 3e3,
  memoryLimitMb: 2048,
  maxBenchmarks: 2e3
};
var DEFAULT_BUILD_TIME_LIMIT_MS = 30 * 6e4;
var DEFAULT_CACHE_MAX_MB = 1024;

// src/fs/atomic-write.ts
import { randomBytes } from "node:crypto";
import { link, mkdir, open as open2, rename, rm } from "node:fs/promises";
import path from "node:path";
var WriteError = class extends Error {
  constructor(file, message) {
    super(message);
    this.file = file;
  }
  file;
};
async function writeFileAtomic(file, data, what = "file", options = {}) {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open2(temp, "w");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite === false) {
      await link(temp, target);
      await rm(temp, { force: true });
    } else await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {
    });
    const code = error.code;
    throw new WriteError(target, `cannot write the ${what} ${target} (${code ?? error.message})${hint(code)}`);
  }
}
function hint(code) {
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return ": choose a writable path";
  if (code === "ENOTDIR" || code === "EEXIST") return ": a part of the path is a file, not a directory";
  if (code === "EISDIR") return ": the target is a directory";
  if (code === "ENOSPC") return ": the disk is full";
  if (code === "EEXIST") return ": it already exists, and is left as it is";
  return "";
}

// src/init/init.ts
import { existsSync } from "node:fs";
import path5 from "node:path";

// src/config/load-config.ts
import path2 from "node:path";

// src/types.ts
var SIZE_METRICS = ["raw", "optimized", "gzip", "brotli"];
var BENCH_METRICS = ["cycles", "instructions", "peakMemoryBytes", "peakLiveBytes", "liveBytesAtEnd", "opsPerSec"];
var BUDGET_BENCH_METRICS = ["instructions", "cycles", "peakMemoryBytes"];

// src/config/budget.ts
var SIZE_UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };
var SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)$/i;
var SIZE_HELP = 'write a number of bytes (40000) or a number and a unit: "40 KB" (KB, MB, GB: powers of 1000) or "40 KiB" (KiB, MiB, GiB: powers of 1024)';
function parseSize(value) {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.floor(value) : void 0;
  const match = SIZE_PATTERN.exec(value.trim());
  if (!match) return void 0;
  const factor = SIZE_UNITS[(match[2] || "b").toLowerCase()];
  return factor === void 0 ? void 0 : Math.floor(Number(match[1]) * factor);
}
var SIZE_KEYS = /* @__PURE__ */ new Set([...SIZE_METRICS, "peakMemoryBytes"]);
function resolveBudget(raw, at = "/budget") {
  const problems = [];
  const budget = resolveLimits(raw, at, problems);
  if (raw.variants) budget.variants = Object.fromEntries(Object.entries(raw.variants).map(([name3, limits2]) => [name3, resolveLimits(limits2, `${at}/variants/${name3}`, problems)]));
  return { budget, problems };
}
function resolveLimits(raw, at, problems) {
  const limits2 = {};
  for (const key of [...SIZE_METRICS, ...BUDGET_BENCH_METRICS]) {
    const value = resolveValue(raw[key], key, `${at}/${key}`, problems);
    if (value !== void 0) limits2[key] = value;
  }
  if (raw.bench) limits2.bench = Object.fromEntries(Object.entries(raw.bench).map(([bench2, benchRaw]) => [bench2, resolveBench(benchRaw, `${at}/bench/${bench2}`, problems)]));
  return limits2;
}
function resolveBench(raw, at, problems) {
  const limits2 = {};
  for (const key of BUDGET_BENCH_METRICS) {
    const value = resolveValue(raw[key], key, `${at}/${key}`, problems);
    if (value !== void 0) limits2[key] = value;
  }
  return limits2;
}
function resolveValue(value, key, at, problems) {
  if (value === void 0 || value === false) return value;
  if (!SIZE_KEYS.has(key)) return value;
  const bytes2 = parseSize(value);
  if (bytes2 === void 0) problems.push(`${at} ${JSON.stringify(value)} is not a size: ${SIZE_HELP}`);
  return bytes2;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count3, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count3 || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count3) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name3) => {
      currentProperty = name3;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/config/json-file.ts
var InputFileError = class extends Error {
  constructor(file, message, kind2) {
    super(message);
    this.file = file;
    this.kind = kind2;
  }
  file;
  kind;
};
async function readJsonFile(file, what) {
  let text;
  try {
    text = (await readInputFile(file, what)).toString("utf8");
  } catch (error) {
    throw new InputFileError(file, error.message, "missing");
  }
  return parseJsonText(text, file, what);
}
function parseJsonText(text, file, what) {
  if (text.charCodeAt(0) === 65279) {
    throw new InputFileError(file, `${what} ${file}:1:1 starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without BOM`, "json");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = firstError(text);
    const comma = found ? trailingComma(text, found) : void 0;
    const place = found ? `${file}:${lineColumn(text, comma ?? found.offset)}` : file;
    const reason = comma !== void 0 ? "a trailing comma is not allowed in JSON" : found ? describe(found, text) : error.message;
    throw new InputFileError(file, `${what} ${place} is not valid JSON: ${reason}`, "json");
  }
}
function firstError(text) {
  const errors = [];
  parse2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0];
}
function trailingComma(text, error) {
  const code = printParseErrorCode(error.error);
  if (code !== "PropertyNameExpected" && code !== "ValueExpected") return void 0;
  if (text[error.offset] !== "}" && text[error.offset] !== "]") return void 0;
  let i2 = error.offset - 1;
  while (i2 >= 0 && /\s/.test(text[i2] ?? "")) i2--;
  return text[i2] === "," ? i2 : void 0;
}
var REASONS = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string (control characters must be escaped)"
};
function describe(error, text) {
  const code = printParseErrorCode(error.error);
  const token = text.slice(error.offset, error.offset + Math.min(Math.max(error.length, 1), 20));
  const reason = REASONS[code] ?? code;
  if (error.offset >= text.length) return `${reason} (the file ends early)`;
  return `${reason}, found ${JSON.stringify(token)}`;
}
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  return `${line}:${column}`;
}

// src/config/schema.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://wasm-gate.dev/schemas/config.schema.json",
  title: "wasm-gate configuration (wasm-gate.config.json)",
  type: "object",
  additionalProperties: false,
  required: [
    "variants"
  ],
  properties: {
    $schema: {
      type: "string"
    },
    variants: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/variant"
      }
    },
    reference: {
      description: 'Name of a variant every other row is compared to, in the same run (e.g. "dlmalloc").',
      type: "string"
    },
    optimize: {
      description: "wasm-opt settings, or false to skip optimization (optimized = raw).",
      oneOf: [
        {
          const: false
        },
        {
          $ref: "#/definitions/optimize"
        }
      ]
    },
    thresholds: {
      $ref: "#/definitions/thresholds"
    },
    budget: {
      $ref: "#/definitions/budget"
    },
    bench: {
      $ref: "#/definitions/bench"
    },
    buildTimeLimitMs: {
      description: "Time limit of each variant's build in milliseconds (default 1800000, 30 minutes); past it the build's whole process group is killed. A variant may set its own.",
      type: "integer",
      minimum: 1e3
    },
    fileSizeLimitMb: {
      description: "The largest file the gate reads, in MB (default 1024, the largest module V8 compiles): each variant's artifact, trace files, bench.imports and cache entries. Only regular files (or symlinks to them) are read: a FIFO, a device such as /dev/zero or a larger file fails its variant with a message naming the file.",
      type: "integer",
      minimum: 1
    },
    cache: {
      description: `A directory (relative to the config file) of optimized modules and measurements from earlier runs, keyed by each artifact's digest and the settings: a variant whose bytes and settings match one is not optimized, compressed or counted again. Restore and save it with actions/cache (docs/CACHE.md). Or { "dir", "maxMb" } (default 1024 MB; the least recently used entries go first). Default: off.`,
      oneOf: [
        { const: false },
        { type: "string", minLength: 1 },
        {
          type: "object",
          additionalProperties: false,
          required: ["dir"],
          properties: {
            dir: { type: "string", minLength: 1 },
            maxMb: { type: "integer", minimum: 1 }
          }
        }
      ]
    },
    compareAcrossTools: {
      description: "Compare sizes (and instruction counts) with a baseline written by another optimizer or bench engine anyway. Default false: such rows are marked not comparable and the run fails, asking for `wasm-gate update`.",
      type: "boolean"
    }
  },
  definitions: {
    budgetSize: {
      description: 'An absolute limit in bytes: a number of bytes, or a string with a unit: "40 KB" (KB, MB, GB: powers of 1000) or "1.5 MiB" (KiB, MiB, GiB: powers of 1024). false lifts a limit set at a wider level.',
      oneOf: [
        {
          const: false
        },
        {
          type: "number",
          minimum: 0
        },
        {
          type: "string",
          minLength: 1
        }
      ]
    },
    budgetCount: {
      description: "An absolute limit per call of a benchmark (instructions or cycles). false lifts a limit set at a wider level.",
      oneOf: [
        {
          const: false
        },
        {
          type: "number",
          minimum: 0
        }
      ]
    },
    benchBudget: {
      type: "object",
      additionalProperties: false,
      properties: {
        instructions: {
          $ref: "#/definitions/budgetCount"
        },
        cycles: {
          $ref: "#/definitions/budgetCount"
        },
        peakMemoryBytes: {
          $ref: "#/definitions/budgetSize"
        }
      }
    },
    budgetLimits: {
      type: "object",
      additionalProperties: false,
      properties: {
        raw: {
          $ref: "#/definitions/budgetSize"
        },
        optimized: {
          $ref: "#/definitions/budgetSize"
        },
        gzip: {
          $ref: "#/definitions/budgetSize"
        },
        brotli: {
          $ref: "#/definitions/budgetSize"
        },
        instructions: {
          $ref: "#/definitions/budgetCount"
        },
        cycles: {
          $ref: "#/definitions/budgetCount"
        },
        peakMemoryBytes: {
          $ref: "#/definitions/budgetSize"
        },
        bench: {
          description: "Limits of one benchmark, by export name; they override the limits for every benchmark above.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/benchBudget"
          }
        }
      }
    },
    budget: {
      description: 'Absolute limits, checked with or without a baseline: sizes ("gzip": "40 KB"), and per benchmark call instructions, cycles and peakMemoryBytes (for every benchmark, or under bench.<export>). A value over its budget is a regression.',
      type: "object",
      additionalProperties: false,
      properties: {
        raw: {
          $ref: "#/definitions/budgetSize"
        },
        optimized: {
          $ref: "#/definitions/budgetSize"
        },
        gzip: {
          $ref: "#/definitions/budgetSize"
        },
        brotli: {
          $ref: "#/definitions/budgetSize"
        },
        instructions: {
          $ref: "#/definitions/budgetCount"
        },
        cycles: {
          $ref: "#/definitions/budgetCount"
        },
        peakMemoryBytes: {
          $ref: "#/definitions/budgetSize"
        },
        bench: {
          description: "Limits of one benchmark, by export name; they override the limits for every benchmark above.",
          type: "object",
          additionalProperties: {
            $ref: "#/definitions/benchBudget"
          }
        },
        variants: {
          description: "Per-variant budgets, by variant name: each key overrides the top-level one.",
          type: "object",
          propertyNames: {
            $ref: "#/definitions/name"
          },
          additionalProperties: {
            $ref: "#/definitions/budgetLimits"
          }
        }
      }
    },
    name: {
      type: "string",
      pattern: "^[A-Za-z0-9._-]+$",
      minLength: 1,
      maxLength: 100
    },
    variant: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "artifact"
      ],
      properties: {
        name: {
          $ref: "#/definitions/name"
        },
        build: {
          description: "Shell command line (sh -c), run in cwd.",
          type: "string",
          minLength: 1
        },
        cwd: {
          description: "Working directory, relative to the config file. Default: the config file's directory.",
          type: "string"
        },
        env: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        artifact: {
          description: "Path to the built .wasm, relative to cwd.",
          type: "string",
          minLength: 1
        },
        bench: {
          $ref: "#/definitions/variantBench"
        },
        buildTimeLimitMs: {
          description: "This variant's build time limit in milliseconds (default: the top-level buildTimeLimitMs).",
          type: "integer",
          minimum: 1e3
        },
        inputs: {
          description: 'Globs relative to cwd naming the files the build reads ("src/**", "Cargo.*"). With check --against, a variant whose inputs hash the same at the base commit is not rebuilt there, and not compared. Default: always rebuilt.',
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1
          }
        }
      }
    },
    optimize: {
      type: "object",
      additionalProperties: false,
      properties: {
        engine: {
          description: "binaryen: the pinned binaryen npm package, in process. native: a wasm-opt executable.",
          enum: [
            "binaryen",
            "native"
          ]
        },
        flags: {
          description: 'wasm-opt flags. Default: ["-Oz", "--strip-debug"].',
          type: "array",
          items: {
            type: "string",
            pattern: "^-"
          }
        },
        wasmOpt: {
          description: 'Path of the native wasm-opt (engine "native"). Default: wasm-opt on PATH.',
          type: "string"
        }
      }
    },
    threshold: {
      oneOf: [
        {
          const: false,
          description: "Report only; never a regression."
        },
        {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            relative: {
              description: "Allowed growth in percent.",
              type: "number",
              minimum: 0
            },
            absolute: {
              description: "Allowed growth in the metric's unit (bytes, instructions, ops/s).",
              type: "number",
              minimum: 0
            }
          }
        }
      ]
    },
    metricThresholds: {
      type: "object",
      additionalProperties: false,
      properties: {
        raw: {
          $ref: "#/definitions/threshold"
        },
        optimized: {
          $ref: "#/definitions/threshold"
        },
        gzip: {
          $ref: "#/definitions/threshold"
        },
        brotli: {
          $ref: "#/definitions/threshold"
        },
        instructions: {
          $ref: "#/definitions/threshold"
        },
        peakMemoryBytes: {
          $ref: "#/definitions/threshold"
        },
        cycles: {
          $ref: "#/definitions/threshold"
        },
        peakLiveBytes: {
          $ref: "#/definitions/threshold"
        },
        liveBytesAtEnd: {
          $ref: "#/definitions/threshold"
        },
        opsPerSec: {
          $ref: "#/definitions/threshold"
        },
        vsBase: {
          $ref: "#/definitions/vsBaseThreshold"
        }
      }
    },
    vsBaseThreshold: {
      description: 'Paired throughput against the base commit (check --against): a benchmark fails only when the whole 95% interval of head/base ops per second is more than this many percent slower. Default { "relative": 5 }; false reports without gating.',
      oneOf: [
        {
          const: false,
          description: "Report only; never a regression."
        },
        {
          type: "object",
          additionalProperties: false,
          required: ["relative"],
          properties: {
            relative: {
              description: "Allowed slowdown in percent.",
              type: "number",
              minimum: 0
            }
          }
        }
      ]
    },
    thresholds: {
      type: "object",
      additionalProperties: false,
      properties: {
        raw: {
          $ref: "#/definitions/threshold"
        },
        optimized: {
          $ref: "#/definitions/threshold"
        },
        gzip: {
          $ref: "#/definitions/threshold"
        },
        brotli: {
          $ref: "#/definitions/threshold"
        },
        instructions: {
          $ref: "#/definitions/threshold"
        },
        peakMemoryBytes: {
          $ref: "#/definitions/threshold"
        },
        cycles: {
          $ref: "#/definitions/threshold"
        },
        peakLiveBytes: {
          $ref: "#/definitions/threshold"
        },
        liveBytesAtEnd: {
          $ref: "#/definitions/threshold"
        },
        opsPerSec: {
          $ref: "#/definitions/threshold"
        },
        vsBase: {
          $ref: "#/definitions/vsBaseThreshold"
        },
        variants: {
          description: "Per-variant overrides, by variant name.",
          type: "object",
          propertyNames: {
            $ref: "#/definitions/name"
          },
          additionalProperties: {
            $ref: "#/definitions/metricThresholds"
          }
        }
      }
    },
    bench: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean"
        },
        exports: {
          description: 'Which exports run: names or globs such as "bench_*". Default ["bench_*"].',
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        traces: {
          description: "malloc/free trace files replayed through the module's trace_load/trace_replay exports.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        imports: {
          description: "ES module (path relative to the config file) whose default export (ctx) => ({ module: { name: value } }) provides imports the gate does not (docs/TOOLCHAINS.md).",
          type: "string",
          minLength: 1
        },
        allocator: {
          description: `The allocator's entry points, by function name (name section, demangled, or export) and what each does, in place of the names toolchains leave (malloc, free, __rust_alloc, ...): e.g. { "my_alloc": "malloc", "my_free": "free" }. Kinds take C's or Rust's signatures (all i32): malloc(size), calloc(n, size), realloc(ptr, size), free(ptr), aligned_alloc(align, size), posix_memalign(&ptr, align, size), rust_alloc(size, align), rust_dealloc(ptr, size, align), rust_realloc(ptr, old, align, new).`,
          $ref: "#/definitions/allocator"
        },
        timeLimitMs: {
          description: "Time limit per benchmark.",
          type: "integer",
          minimum: 100
        },
        totalTimeLimitMs: {
          description: "Time budget of the whole bench phase, all variants together (default 1200000, 20 minutes). What it leaves no time for is reported as not run, and the run fails.",
          type: "integer",
          minimum: 1e3
        },
        samples: {
          description: "Wall-clock samples per benchmark (at least 10).",
          type: "integer",
          minimum: 10
        },
        targetSampleMs: {
          description: "Calibrated duration of one timed batch.",
          type: "number",
          minimum: 1
        },
        throughput: {
          description: "Measure wall-clock throughput.",
          type: "boolean"
        },
        pairTargetPct: {
          description: "Ratios to the reference variant (and to the base commit, with --against) are timed in paired rounds in one process, in slices spread over time, until their 95% interval is within ± this percent (default 0.5, after at least 8 slices spanning at least 6 s), or for bench.pairTimeLimitMs.",
          type: "number",
          exclusiveMinimum: 0
        },
        pairTimeLimitMs: {
          description: "The most time the paired rounds of one benchmark against one partner are timed for, in ms (default 3000); the waits between its slices are not counted.",
          type: "integer",
          minimum: 100
        },
        memoryLimitMb: {
          type: "integer",
          minimum: 1
        },
        maxBenchmarks: {
          description: "The most benchmarks one variant may run (default 2000). A variant whose exports (and traces) match more runs none of them and fails with a message; the other variants are measured.",
          type: "integer",
          minimum: 1
        }
      }
    },
    allocator: {
      type: "object",
      minProperties: 1,
      additionalProperties: {
        enum: ["malloc", "calloc", "realloc", "free", "aligned_alloc", "posix_memalign", "rust_alloc", "rust_dealloc", "rust_realloc"]
      }
    },
    variantBench: {
      oneOf: [
        {
          const: false
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            exports: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              }
            },
            traces: {
              type: "array",
              items: {
                type: "string",
                minLength: 1
              }
            },
            imports: {
              description: "ES module of imports for this variant's benchmarks, instead of bench.imports.",
              type: "string",
              minLength: 1
            },
            allocator: {
              description: "This variant's allocator entry points, instead of bench.allocator.",
              $ref: "#/definitions/allocator"
            }
          }
        }
      ]
    }
  }
};

// schemas/baseline.schema.json
var baseline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://wasm-gate.dev/schemas/baseline.schema.json",
  title: "wasm-gate baseline (baseline.json), written by `wasm-gate update`",
  type: "object",
  required: ["schemaVersion", "variants"],
  properties: {
    $schema: { type: "string" },
    schemaVersion: { const: 1 },
    updatedAt: { type: "string", format: "date-time" },
    tools: {
      type: "object",
      additionalProperties: { type: "string" }
    },
    variants: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9._-]+$" },
      additionalProperties: { $ref: "#/definitions/variant" }
    }
  },
  definitions: {
    bytes: { type: "integer", minimum: 0 },
    variant: {
      type: "object",
      required: ["size"],
      properties: {
        size: {
          type: "object",
          required: ["raw", "optimized", "gzip", "brotli"],
          additionalProperties: false,
          properties: {
            raw: { $ref: "#/definitions/bytes" },
            optimized: { $ref: "#/definitions/bytes" },
            gzip: { $ref: "#/definitions/bytes" },
            brotli: { $ref: "#/definitions/bytes" }
          }
        },
        sections: {
          type: "object",
          additionalProperties: { $ref: "#/definitions/bytes" }
        },
        bench: {
          type: "object",
          additionalProperties: { $ref: "#/definitions/benchResult" }
        },
        functions: {
          description: "bytes of the variant's largest functions (by name, or func[index] without a name section)",
          type: "object",
          additionalProperties: { $ref: "#/definitions/bytes" }
        },
        functionsOmitted: { $ref: "#/definitions/omitted" },
        measuredFrom: { $ref: "#/definitions/measuredFrom" }
      }
    },
    digest: { type: "string", pattern: "^[0-9a-f]{64}$" },
    measuredFrom: {
      description: "What the entry's numbers were measured from, written by `update`: a later run whose raw artifact and settings have the same digests reuses the numbers instead of measuring again (docs/CACHE.md). Edit a number by hand and `numbers` no longer matches: the variant is measured.",
      type: "object",
      required: ["artifact", "sizes", "optimized", "numbers"],
      additionalProperties: false,
      properties: {
        artifact: { description: "sha256 of the raw artifact", $ref: "#/definitions/digest" },
        sizes: { description: "digest of the optimizer (engine, version, flags) and the gate's measurement rules", $ref: "#/definitions/digest" },
        bench: { description: "digest of the benchmark settings: exports, each trace file, the bench.imports module, the memory limit, the counting rules", $ref: "#/definitions/digest" },
        optimized: { description: "sha256 of the optimized module", $ref: "#/definitions/digest" },
        functionNaming: {
          type: "object",
          required: ["named", "total"],
          properties: { named: { type: "integer", minimum: 0 }, total: { type: "integer", minimum: 0 }, note: { type: "string" }, unnamedByOptimizer: { const: true } }
        },
        numbers: { description: "digest of the entry's numbers and of the fields above", $ref: "#/definitions/digest" }
      }
    },
    omitted: {
      description: "the functions a bounded list leaves out: how many, their sum, the largest of them",
      type: "object",
      required: ["functions", "total", "largest"],
      additionalProperties: false,
      properties: {
        functions: { type: "integer", minimum: 1 },
        total: { type: "integer", minimum: 0 },
        largest: { type: "integer", minimum: 0 }
      }
    },
    benchResult: {
      type: "object",
      required: ["iterations"],
      properties: {
        iterations: { type: "integer", minimum: 1, maximum: 2147483647, description: "Units of work of the counted run: the n passed to bench_*(n: i32), so at most 2^31 - 1." },
        cycles: { description: "the deterministic cycle estimate of one call: instructions weighted by kind, memory through a simulated cache (docs/CYCLES.md)", type: "integer", minimum: 0 },
        instructions: { type: "integer", minimum: 0 },
        peakMemoryBytes: { type: "integer", minimum: 0 },
        allocations: {
          description: "exact allocation statistics of one call, from the allocator's entry points (requested sizes)",
          type: "object",
          required: ["allocs", "reallocs", "frees", "bytes", "peakLiveBytes", "peakLiveBlocks", "liveBytesAtEnd"],
          additionalProperties: false,
          properties: {
            allocs: { type: "integer", minimum: 0 },
            reallocs: { type: "integer", minimum: 0 },
            frees: { type: "integer", minimum: 0 },
            bytes: { type: "integer", minimum: 0 },
            peakLiveBytes: { type: "integer", minimum: 0 },
            peakLiveBlocks: { type: "integer", minimum: 0 },
            liveBytesAtEnd: { type: "integer", minimum: 0 }
          }
        },
        cyclesProfile: {
          description: "cycles of the functions that took the most",
          type: "object",
          additionalProperties: { type: "integer", minimum: 0 }
        },
        initialMemoryBytes: { description: "linear memory at instantiation, before the module ran", type: "integer", minimum: 0 },
        opsPerSec: { type: "number", minimum: 0 },
        opsPerSecCi95: {
          type: "array",
          items: { type: "number" },
          minItems: 2,
          maxItems: 2
        },
        samples: { type: "integer", minimum: 0 },
        allocStats: { type: "object", additionalProperties: { type: "number" } },
        profile: {
          description: "self instructions of the functions that executed the most",
          type: "object",
          additionalProperties: { type: "integer", minimum: 0 }
        },
        profileOmitted: { $ref: "#/definitions/omitted" },
        cyclesProfileOmitted: { $ref: "#/definitions/omitted" }
      }
    }
  }
};

// src/config/schema.ts
var addFormats = import_ajv_formats.default;
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
addFormats(ajv);
var validators = {
  config: ajv.compile(config_schema_default),
  baseline: ajv.compile(baseline_schema_default)
};
function schemaProblems(schema, value) {
  const validate = validators[schema];
  if (validate(value)) return [];
  return describeErrors(validate.errors ?? []);
}
function describeErrors(errors) {
  const paths = new Set(errors.filter((e) => !isWrapper(e)).map((e) => e.instancePath));
  const kept = errors.filter((e) => !isWrapper(e) || !paths.has(e.instancePath));
  const meaningful = kept.filter(
    (e) => !(e.keyword === "const" && e.params.allowedValue === false && kept.some((o2) => o2 !== e && o2.instancePath.startsWith(e.instancePath)))
  );
  const messages = meaningful.map(describeError);
  return [...new Set(messages)];
}
function isWrapper(e) {
  return e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if";
}
function describeError(e) {
  const path23 = e.instancePath || "/";
  switch (e.keyword) {
    case "additionalProperties":
      return `${path23} has an unknown property "${String(e.params.additionalProperty)}" (remove it or check its spelling)`;
    case "required":
      return `${path23} must have the property "${String(e.params.missingProperty)}"`;
    case "enum":
      return `${path23} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `${path23} must be ${JSON.stringify(e.params.allowedValue)}`;
    case "pattern":
      return `${path23} ${e.message}${e.params.pattern === "^[A-Za-z0-9._-]+$" ? ' (use letters, digits, ".", "_" and "-")' : ""}`;
    case "propertyNames":
      return `${path23} has an invalid property name "${String(e.params.propertyName)}"`;
    default:
      return `${path23} ${e.message ?? "is invalid"}`;
  }
}

// src/config/load-config.ts
async function loadConfig(file) {
  const absolute = path2.resolve(file);
  const raw = await readJsonFile(absolute, "config");
  return parseConfig(raw, absolute);
}
function parseConfig(raw, file) {
  const problems = schemaProblems("config", raw);
  const budget = problems.length === 0 && raw.budget ? resolveBudget(raw.budget) : void 0;
  if (problems.length === 0) problems.push(...ruleProblems(raw), ...budget?.problems ?? []);
  if (problems.length > 0) {
    throw new InputFileError(file, `config ${file} is invalid:
${problems.map((p) => `  - ${p}`).join("\n")}`, "schema");
  }
  const config = raw;
  const dir = path2.dirname(file);
  const buildTimeLimitMs = config.buildTimeLimitMs ?? DEFAULT_BUILD_TIME_LIMIT_MS;
  const variants = config.variants.map((v) => {
    const cwd = path2.resolve(dir, v.cwd ?? ".");
    return {
      name: v.name,
      buildTimeLimitMs: v.buildTimeLimitMs ?? buildTimeLimitMs,
      ...v.build === void 0 ? {} : { build: v.build },
      cwd,
      ...v.env === void 0 ? {} : { env: v.env },
      artifact: path2.resolve(cwd, v.artifact),
      ...v.bench === void 0 ? {} : { bench: resolveVariantBench(v.bench, dir) },
      ...v.inputs === void 0 ? {} : { inputs: v.inputs }
    };
  });
  const bench2 = { ...DEFAULT_BENCH, ...config.bench };
  bench2.traces = bench2.traces.map((t) => path2.resolve(dir, t));
  if (bench2.imports !== void 0) bench2.imports = path2.resolve(dir, bench2.imports);
  return {
    file,
    dir,
    variants,
    ...config.reference === void 0 ? {} : { reference: config.reference },
    optimize: config.optimize === false ? false : { ...DEFAULT_OPTIMIZE, ...config.optimize },
    thresholds: config.thresholds ?? {},
    ...budget ? { budget: budget.budget } : {},
    bench: bench2,
    buildTimeLimitMs,
    compareAcrossTools: config.compareAcrossTools ?? false,
    fileSizeLimitMb: config.fileSizeLimitMb ?? DEFAULT_FILE_SIZE_LIMIT_MB,
    ...resolveCache(config.cache, dir)
  };
}
function resolveCache(cache, dir) {
  if (cache === void 0 || cache === false) return {};
  const setting = typeof cache === "string" ? { dir: cache } : cache;
  return { cache: { dir: path2.resolve(dir, setting.dir), maxMb: setting.maxMb ?? DEFAULT_CACHE_MAX_MB } };
}
function resolveVariantBench(bench2, dir) {
  if (bench2 === false || bench2 === void 0) return bench2;
  return {
    ...bench2,
    ...bench2.traces ? { traces: bench2.traces.map((t) => path2.resolve(dir, t)) } : {},
    ...bench2.imports ? { imports: path2.resolve(dir, bench2.imports) } : {}
  };
}
function ruleProblems(config) {
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  config.variants.forEach((v, i2) => {
    const first = seen.get(v.name);
    if (first !== void 0) problems.push(`/variants/${i2}/name "${v.name}" is already used by /variants/${first}: names must be unique`);
    else seen.set(v.name, i2);
  });
  if (config.reference !== void 0 && !seen.has(config.reference)) {
    problems.push(`/reference "${config.reference}" is not a variant name (one of: ${[...seen.keys()].join(", ")})`);
  }
  for (const key of ["thresholds", "budget"]) {
    for (const name3 of Object.keys(config[key]?.variants ?? {})) {
      if (!seen.has(name3)) problems.push(`/${key}/variants/${name3} names no variant (one of: ${[...seen.keys()].join(", ")})`);
    }
  }
  return problems;
}

// src/report/escape.ts
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var ZERO_WIDTH_SPACE = "​";
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // `$` starts math on GitHub; an entity renders as a plain dollar.
  $: "&#36;",
  // A zero-width space after `@` keeps the text readable and stops the mention.
  "@": `@${ZERO_WIDTH_SPACE}`
};
function escapeMarkdown(text, maxLength = Infinity) {
  const oneLine = truncate(String(text).replace(INVISIBLE, "").replace(/\s*[\r\n]+\s*/g, " "), maxLength);
  return noAutolink(oneLine.replace(/[&<>$@\\`*_{}[\]()#+!|~]/g, (c3) => ESCAPES[c3] ?? `\\${c3}`));
}
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "[": "&#91;",
  "]": "&#93;",
  "@": `@${ZERO_WIDTH_SPACE}`,
  "#": `#${ZERO_WIDTH_SPACE}`,
  $: "&#36;"
};
function escapeHtmlText(text, maxLength = Infinity) {
  const oneLine = truncate(String(text).replace(INVISIBLE, "").replace(/\s*[\r\n]+\s*/g, " "), maxLength);
  return noAutolink(oneLine.replace(/[&<>"'[\]@#$]/g, (c3) => HTML_ESCAPES[c3] ?? c3));
}
function noAutolink(text) {
  return text.replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`).replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, `$1:${ZERO_WIDTH_SPACE}`);
}
function codeBlock(text, maxLines = Infinity) {
  let lines = String(text).replace(/\r\n?/g, "\n").replace(INVISIBLE, "").split("\n");
  if (lines.length > maxLines) lines = [`… (${lines.length - maxLines} earlier lines not shown)`, ...lines.slice(-maxLines)];
  const body = lines.join("\n").replace(/<!--/g, `<${ZERO_WIDTH_SPACE}!--`);
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}text
${body}
${fence}`;
}
function codeSpan(text) {
  const clean = String(text).replace(INVISIBLE, "").replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function mermaidLabel(text, maxLength = 24) {
  return truncate(String(text).replace(/[^A-Za-z0-9._ ,:()/+-]/g, "_"), maxLength);
}
function shellWord(word) {
  return /^[A-Za-z0-9._/=:@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function truncate(text, maxLength) {
  if (text.length <= maxLength) return text;
  const cut = [...text].slice(0, Math.max(0, maxLength - 1)).join("");
  return `${cut}…`;
}

// src/init/discover.ts
import { readdir, readFile } from "node:fs/promises";
import path3 from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", "target", ".cargo", ".venv", "venv", "__pycache__", ".cache"]);
var MAX_DEPTH = 6;
var MAX_ENTRIES = 2e4;
var MAX_WASM = 50;
async function discover(root) {
  const manifests = [];
  const wasmFiles = [];
  let seen = 0;
  const walk2 = async (dir, depth) => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a2, b) => a2.name.localeCompare(b.name));
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return;
      const file = path3.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) await walk2(file, depth + 1);
      } else if (entry.isFile() && entry.name === "Cargo.toml") manifests.push(file);
      else if (entry.isFile() && entry.name.endsWith(".wasm") && wasmFiles.length < MAX_WASM) wasmFiles.push(file);
    }
  };
  await walk2(path3.resolve(root), 0);
  const crates = [];
  for (const manifest of manifests) {
    const crate = await readCrate(manifest, path3.resolve(root));
    if (crate) crates.push(crate);
  }
  return { crates, wasmFiles };
}
async function readCrate(manifest, root) {
  const toml = parseTomlTables(await readFile(manifest, "utf8"));
  const pkg = toml.get("package");
  const lib = toml.get("lib");
  const name3 = pkg?.get("name");
  if (!name3 || !/\bcdylib\b/.test(lib?.get("crate-type") ?? "")) return void 0;
  const dir = path3.dirname(manifest);
  return {
    dir,
    package: name3,
    lib: lib?.get("name") ?? name3.replace(/-/g, "_"),
    features: [...toml.get("features")?.keys() ?? []].filter((f) => f !== "default"),
    targetDir: path3.join(await workspaceRoot(dir, root), "target")
  };
}
async function workspaceRoot(dir, root) {
  for (let at = path3.dirname(dir); at.startsWith(root) && at !== path3.dirname(at); at = path3.dirname(at)) {
    const text = await readFile(path3.join(at, "Cargo.toml"), "utf8").catch(() => "");
    if (parseTomlTables(text).has("workspace")) return at;
    if (at === root) break;
  }
  return dir;
}
function parseTomlTables(text) {
  const tables = /* @__PURE__ */ new Map();
  let current = /* @__PURE__ */ new Map();
  tables.set("", current);
  const lines = text.split(/\r?\n/);
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = stripComment(lines[i2] ?? "").trim();
    if (!line) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      const name3 = header[1].trim();
      current = tables.get(name3) ?? /* @__PURE__ */ new Map();
      tables.set(name3, current);
      continue;
    }
    const pair2 = /^("[^"]+"|[A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (!pair2) continue;
    let value = pair2[2];
    while (value.startsWith("[") && !balanced(value) && i2 + 1 < lines.length) value += ` ${stripComment(lines[++i2] ?? "").trim()}`;
    current.set(pair2[1].replace(/^"|"$/g, ""), value.replace(/^"(.*)"$/, "$1"));
  }
  return tables;
}
function stripComment(line) {
  let quoted = false;
  for (let i2 = 0; i2 < line.length; i2++) {
    if (line[i2] === '"') quoted = !quoted;
    else if (line[i2] === "#" && !quoted) return line.slice(0, i2);
  }
  return line;
}
function balanced(value) {
  return (value.match(/\[/g) ?? []).length <= (value.match(/\]/g) ?? []).length;
}

// src/init/starter-config.ts
import path4 from "node:path";
var CARGO_BUILD = "cargo build --release --target wasm32-unknown-unknown";
function starterConfig(found, configDir, schema) {
  const variants = [];
  const sources = [];
  const names = /* @__PURE__ */ new Set();
  const unique = (raw) => {
    const base = raw.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "variant";
    let name3 = base;
    for (let n2 = 2; names.has(name3); n2++) name3 = `${base}-${n2}`;
    names.add(name3);
    return name3;
  };
  const rel = (to) => path4.relative(configDir, to).split(path4.sep).join("/") || ".";
  for (const crate of found.crates) {
    const artifact = path4.relative(crate.dir, path4.join(crate.targetDir, "wasm32-unknown-unknown", "release", `${crate.lib}.wasm`)).split(path4.sep).join("/");
    const cwd = rel(crate.dir);
    const variant = (name3, build) => ({ name: unique(name3), ...cwd === "." ? {} : { cwd }, build, artifact });
    variants.push(variant(crate.package, CARGO_BUILD));
    for (const feature of crate.features) variants.push(variant(found.crates.length === 1 ? feature : `${crate.package}-${feature}`, `${CARGO_BUILD} --features ${feature}`));
    sources.push(`${rel(path4.join(crate.dir, "Cargo.toml"))} (${crate.features.length === 0 ? "no features" : `features: ${crate.features.join(", ")}`})`);
  }
  const targets = found.crates.map((c3) => c3.targetDir);
  const files = found.wasmFiles.filter((f) => !targets.some((t) => f.startsWith(`${t}${path4.sep}`)));
  for (const file of found.wasmFiles.length > 0 && found.crates.length === 0 ? files : []) {
    variants.push({ name: unique(path4.basename(file, ".wasm")), artifact: rel(file) });
  }
  if (found.crates.length === 0 && files.length > 0) sources.push(`${files.length} .wasm file${files.length === 1 ? "" : "s"} (gated as they are: add a "build" command to rebuild them)`);
  const config = { $schema: schema, ...variants.length > 1 ? { reference: variants[0].name } : {}, variants };
  return { config, sources };
}

// src/init/init.ts
var INSTALLED_SCHEMA = "./node_modules/wasm-gate/schemas/config.schema.json";
async function init(options) {
  const file = path5.resolve(options.configFile);
  const dir = path5.dirname(file);
  if (existsSync(file)) return { code: 2, message: `error: ${file} already exists: not overwritten (edit it, or remove it and run init again)` };
  const found = await discover(dir);
  const { config, sources } = starterConfig(found, dir, schemaRef(dir, options.schemasDir));
  if (config.variants.length === 0) {
    return {
      code: 2,
      message: `error: found no cargo crate with crate-type "cdylib" and no .wasm file under ${dir}: write ${path5.basename(file)} by hand (wasm-gate's docs/CONFIG.md), one variant per build`
    };
  }
  parseConfig(config, file);
  try {
    await writeFileAtomic(file, `${JSON.stringify(config, null, 2)}
`, "config", { overwrite: false });
  } catch (error) {
    if (error instanceof WriteError) return { code: 2, message: `error: ${error.message}` };
    throw error;
  }
  const configFlag = path5.basename(file) === "wasm-gate.config.json" && path5.resolve(dir) === path5.resolve(process.cwd()) ? [] : ["--config", path5.relative(process.cwd(), file) || file];
  const run = (sub) => [options.command, sub, ...configFlag.map(shellWord)].join(" ");
  const baseline = path5.relative(process.cwd(), path5.join(dir, "baseline.json")) || "baseline.json";
  return {
    code: 0,
    message: [
      `wrote ${path5.relative(process.cwd(), file) || file}: ${config.variants.length} variant${config.variants.length === 1 ? "" : "s"} (${config.variants.map((v) => v.name).join(", ")})`,
      ...sources.map((s) => `  from ${s}`),
      "",
      "Next:",
      `  ${run("check")}    build and measure every variant (all "new": there is no baseline yet)`,
      `  ${run("update")}   write the baseline`,
      `  git add ${shellWord(path5.relative(process.cwd(), file) || file)} ${shellWord(baseline)}`,
      "",
      'Then add the workflow from the README ("The pull request gate"); edit the variants, thresholds and bench settings as you need.',
      ""
    ].join("\n")
  };
}
function schemaRef(configDir, schemasDir) {
  const own2 = path5.join(schemasDir, "config.schema.json");
  const relative = path5.relative(configDir, own2);
  if (!relative.startsWith("..") && !path5.isAbsolute(relative)) return `./${relative.split(path5.sep).join("/")}`;
  return INSTALLED_SCHEMA;
}

// src/merge/run-merge.ts
import { readdir as readdir2 } from "node:fs/promises";
import path7 from "node:path";

// src/own.ts
function own(record2, key) {
  return record2 && Object.hasOwn(record2, key) ? record2[key] : void 0;
}
function setOwn(record2, key, value) {
  Object.defineProperty(record2, key, { value, enumerable: true, writable: true, configurable: true });
}

// src/compare/thresholds.ts
function thresholdFor(thresholds, variant, metric) {
  return own(thresholds.variants, variant)?.[metric] ?? thresholds[metric] ?? DEFAULT_THRESHOLDS[metric];
}
function allowance(threshold, baseline) {
  const allowances = [];
  if (threshold.relative !== void 0) allowances.push(Math.abs(baseline) * threshold.relative / 100);
  if (threshold.absolute !== void 0) allowances.push(threshold.absolute);
  return allowances.length === 0 ? 0 : Math.max(...allowances);
}
function exactStatus(baseline, current, threshold, higherIsBetter = false) {
  if (threshold === false) return "info";
  const worse = higherIsBetter ? baseline - current : current - baseline;
  const allowed = allowance(threshold, baseline);
  if (worse > allowed) return "regressed";
  if (-worse > allowed) return "improved";
  return "pass";
}
function noisyStatus(baseline, current, threshold) {
  if (threshold === false) return "info";
  const [low, high] = ratioInterval(baseline, current);
  const allowedRatio = allowance(threshold, baseline.value) / baseline.value;
  if (high < 1 - allowedRatio) return "regressed";
  if (low > 1 + allowedRatio) return "improved";
  return "pass";
}
function pairedStatus(ci95, threshold) {
  if (threshold === false) return "info";
  const allowed = (threshold.relative ?? 0) / 100;
  if (ci95[1] < 1 - allowed) return "regressed";
  if (ci95[0] > 1 + allowed) return "improved";
  return "pass";
}
function ratioInterval(baseline, current) {
  const halfWidth = (v) => v.ci95 ? (Math.log(v.ci95[1]) - Math.log(v.ci95[0])) / 2 : 0;
  const spread = Math.hypot(halfWidth(baseline), halfWidth(current));
  const logRatio = Math.log(current.value / baseline.value);
  return [Math.exp(logRatio - spread), Math.exp(logRatio + spread)];
}
function describeThreshold(threshold, unit) {
  if (threshold === false) return "not gated";
  const parts = [];
  if (threshold.relative !== void 0) parts.push(`${threshold.relative}%`);
  if (threshold.absolute !== void 0) parts.push(`${threshold.absolute.toLocaleString("en-US")} ${unit}`);
  return parts.length === 0 ? "any change" : parts.join(" and ");
}

// src/wasm/cycle-model.ts
var LINE_SHIFT = 6;
var L1_SETS = 64;
var L1_WAYS = 8;
var LL_SETS = 2048;
var LL_WAYS = 16;
var PAGE_SHIFT = 12;
var L1_MISS_CYCLES = 10;
var LL_MISS_CYCLES = 150;
var STREAM_MISS_CYCLES = 12;
var FIRST_TOUCH_CYCLES = 12e3;
var GROW_CYCLES = 4e5;
var CYCLE_RULES = `cycles v1: the call repeated (steady state), L1 ${L1_SETS}x${L1_WAYS}, LL ${LL_SETS}x${LL_WAYS}, line ${1 << LINE_SHIFT}, miss ${L1_MISS_CYCLES}/${LL_MISS_CYCLES}/${STREAM_MISS_CYCLES}, touch ${FIRST_TOUCH_CYCLES}, grow ${GROW_CYCLES}, weights v1`;
var OPCODE_CYCLES = (() => {
  const w = new Uint8Array(256).fill(1);
  for (const op2 of [1, 26, 32, 33, 34, 65, 66, 67, 68]) w[op2] = 0;
  for (const op2 of [2, 3, 5, 11]) w[op2] = 0;
  for (const op2 of [251, 252, 253, 254]) w[op2] = 0;
  for (const op2 of [6, 7, 8, 9, 10, 24, 25, 31]) w[op2] = 0;
  w[14] = 3;
  w[16] = 3;
  w[17] = 6;
  w[18] = 3;
  w[19] = 6;
  w[20] = 5;
  w[21] = 5;
  w[108] = 3;
  w[126] = 3;
  for (const op2 of [109, 110, 111, 112]) w[op2] = 20;
  for (const op2 of [127, 128, 129, 130]) w[op2] = 40;
  for (const op2 of [146, 147, 148, 160, 161, 162]) w[op2] = 4;
  w[145] = 12;
  w[149] = 11;
  w[159] = 18;
  w[163] = 14;
  for (let op2 = 168; op2 <= 187; op2++) w[op2] = 3;
  return w;
})();
function prefixedCycles(prefix, sub) {
  if (prefix === 252) return sub === 10 || sub === 11 ? 10 : sub <= 7 ? 3 : 5;
  if (prefix === 254) return 20;
  return 1;
}

// src/compare/tool-match.ts
var COUNTING_RULES = `v2: every instruction counts 1, block/loop/else/end 0, per basic block; ${CYCLE_RULES}; allocations v1 (outermost entry-point call)`;
function optimizerOf(tools) {
  if (!tools || Object.keys(tools).length === 0) return void 0;
  if (Object.hasOwn(tools, "binaryen")) return `binaryen ${tools.binaryen}`;
  if (Object.hasOwn(tools, "wasm-opt")) return `wasm-opt ${tools["wasm-opt"]}`;
  return "none (optimize: false)";
}
function countingOf(tools) {
  if (!tools) return void 0;
  if (Object.hasOwn(tools, "counting")) return tools.counting;
  return Object.hasOwn(tools, "bench") ? COUNTING_RULES : void 0;
}
function toolMismatches(baseline, current) {
  const out = [];
  const before = optimizerOf(baseline);
  const now = optimizerOf(current);
  if (before !== void 0 && now !== void 0 && before !== now) out.push({ what: "optimizer", baseline: before, current: now });
  const countedBefore = countingOf(baseline);
  const countedNow = countingOf(current);
  if (countedBefore !== void 0 && countedNow !== void 0 && countedBefore !== countedNow) {
    out.push({ what: "instruction counting", baseline: countedBefore, current: countedNow });
  }
  return out;
}

// src/wasm/byte-writer.ts
var ByteWriter = class {
  buf;
  len = 0;
  constructor(capacity) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }
  grow(extra) {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b) {
    if (this.len >= this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  bytes(src) {
    if (this.len + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }
  /** Unsigned LEB128 of a non-negative safe integer. */
  u32(n2) {
    let v = n2;
    for (; ; ) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 128);
    }
  }
  /** Signed LEB128 of a non-negative safe integer. */
  sPositive(n2) {
    let v = n2;
    for (; ; ) {
      const b = v % 128;
      v = Math.floor(v / 128);
      if (v === 0 && (b & 64) === 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 128);
    }
  }
  finish() {
    return this.buf.slice(0, this.len);
  }
};
function uLebLength(n2) {
  let len = 1;
  while (n2 >= 128) {
    n2 = Math.floor(n2 / 128);
    len++;
  }
  return len;
}
function writeSection(out, id, payload) {
  out.byte(id);
  out.u32(payload.len);
  out.bytes(payload.buf.subarray(0, payload.len));
}

// src/wasm/leb128.ts
var Leb128Error = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.name = "Leb128Error";
    this.offset = offset;
  }
};
function overrun(kind2, offset) {
  throw new Leb128Error(`truncated ${kind2} LEB128 at offset ${offset}`, offset);
}
function overlong(kind2, offset) {
  throw new Leb128Error(`overlong or out-of-range ${kind2} LEB128 at offset ${offset}`, offset);
}
function readU32(bytes2, offset) {
  let result = 0;
  let shift = 0;
  let pos = offset;
  for (let i2 = 0; i2 < 5; i2++) {
    if (pos >= bytes2.length) overrun("u32", offset);
    const b = bytes2[pos++];
    if (i2 === 4) {
      if ((b & 240) !== 0) overlong("u32", offset);
      result += (b & 15) * 268435456;
      return { value: result, next: pos };
    }
    result |= (b & 127) << shift;
    shift += 7;
    if ((b & 128) === 0) return { value: result >>> 0, next: pos };
  }
  return overlong("u32", offset);
}
function skipLeb(bytes2, offset, maxBytes) {
  const limit = offset + maxBytes;
  let pos = offset;
  while (pos < limit) {
    if (pos >= bytes2.length) overrun("", offset);
    if ((bytes2[pos++] & 128) === 0) return pos;
  }
  return overlong("", offset);
}
function encodeU32(n2) {
  if (!Number.isInteger(n2) || n2 < 0 || n2 > 4294967295) {
    throw new RangeError(`encodeU32: ${n2} is not a u32`);
  }
  const out = [];
  let v = n2;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v !== 0) b |= 128;
    out.push(b);
  } while (v !== 0);
  return out;
}
function concatBytes(parts) {
  const out = new Uint8Array(parts.reduce((n2, p) => n2 + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

// src/wasm/sections.ts
var NotWasmError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NotWasmError";
  }
};
var SECTION_NAMES = [
  "custom",
  "type",
  "import",
  "function",
  "table",
  "memory",
  "global",
  "export",
  "start",
  "element",
  "code",
  "data",
  "datacount",
  "tag"
];
var KNOWN_NAMES = new Set(SECTION_NAMES);
var utf8 = new TextDecoder("utf-8");
var WASM_HEADER_BYTES = 8;
function badMagic(bytes2) {
  if (bytes2.length >= 4 && bytes2[0] === 0 && bytes2[1] === 97 && bytes2[2] === 115 && bytes2[3] === 109) return void 0;
  if (bytes2.length === 0) return "is empty";
  if (bytes2[0] === 31 && bytes2[1] === 139) return "is gzip-compressed; point artifact at the uncompressed .wasm";
  const start = [...bytes2.subarray(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `is not a WebAssembly module (bad magic: it starts with ${start}, not 00 61 73 6d)`;
}
function checkHeader(bytes2) {
  const bad = badMagic(bytes2);
  if (bad) throw new NotWasmError(`the file ${bad}`);
  if (bytes2.length < 8) {
    throw new NotWasmError("truncated WebAssembly header (missing version)");
  }
  const version = (bytes2[4] | bytes2[5] << 8 | bytes2[6] << 16 | bytes2[7] << 24) >>> 0;
  if (version !== 1) {
    const hint2 = bytes2[6] === 1 && bytes2[7] === 0 ? " (a WebAssembly component, not a core module)" : "";
    throw new NotWasmError(`unsupported version ${version}${hint2}`);
  }
}
function readSections(bytes2) {
  checkHeader(bytes2);
  const sections = [];
  const used = /* @__PURE__ */ new Set();
  const seenIds = /* @__PURE__ */ new Set();
  let pos = WASM_HEADER_BYTES;
  while (pos < bytes2.length) {
    const start = pos;
    const id = bytes2[pos];
    let size;
    let payloadStart;
    try {
      const r = readU32(bytes2, pos + 1);
      size = r.value;
      payloadStart = r.next;
    } catch (e) {
      if (e instanceof Leb128Error) {
        throw new NotWasmError(`truncated section header (id ${id}) at offset ${start}`);
      }
      throw e;
    }
    const end = payloadStart + size;
    const label = id < SECTION_NAMES.length ? SECTION_NAMES[id] : `unknown:${id}`;
    if (end > bytes2.length) {
      throw new NotWasmError(
        `truncated section ${label} at offset ${start}: payload of ${size} bytes ends at ${end}, but the module has only ${bytes2.length} bytes`
      );
    }
    let name3;
    if (id === 0) {
      let nameLen;
      let nameStart;
      try {
        const r = readU32(bytes2, payloadStart);
        nameLen = r.value;
        nameStart = r.next;
      } catch (e) {
        if (e instanceof Leb128Error) {
          throw new NotWasmError(`truncated section custom at offset ${start}: missing name`);
        }
        throw e;
      }
      if (nameStart > end || nameStart + nameLen > end) {
        throw new NotWasmError(
          `truncated section custom at offset ${start}: name of ${nameLen} bytes overruns the section`
        );
      }
      const own2 = utf8.decode(bytes2.subarray(nameStart, nameStart + nameLen));
      name3 = own2;
      if (KNOWN_NAMES.has(own2) || used.has(own2) || own2.startsWith("unknown:")) {
        name3 = `custom:${own2}`;
        for (let n2 = 2; used.has(name3); n2++) name3 = `custom:${own2}#${n2}`;
      }
    } else {
      if (seenIds.has(id)) {
        throw new NotWasmError(`duplicate section ${label} at offset ${start}`);
      }
      seenIds.add(id);
      name3 = label;
    }
    used.add(name3);
    sections.push({ id, name: name3, start, payloadStart, end });
    pos = end;
  }
  return sections;
}
function sectionSizes(bytes2) {
  const out = {};
  for (const s of readSections(bytes2)) {
    Object.defineProperty(out, s.name, {
      value: s.end - s.start,
      enumerable: true,
      writable: true,
      configurable: true
    });
  }
  return out;
}

// src/wasm/cursor.ts
var Cursor = class {
  bytes;
  end;
  pos;
  constructor(bytes2, start, end) {
    this.bytes = bytes2;
    this.pos = start;
    this.end = end;
  }
  truncated(what) {
    throw new NotWasmError(`truncated ${what} at offset ${this.pos}`);
  }
  byte() {
    if (this.pos >= this.end) this.truncated("byte");
    return this.bytes[this.pos++];
  }
  skipBytes(n2) {
    if (n2 > this.end - this.pos) this.truncated(`${n2}-byte field`);
    this.pos += n2;
  }
  u32(what = "u32") {
    const b = this.bytes[this.pos];
    if (this.pos < this.end && b < 128) {
      this.pos++;
      return b;
    }
    try {
      const r = readU32(this.bytes, this.pos);
      if (r.next > this.end) this.truncated(what);
      this.pos = r.next;
      return r.value;
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed ${what}: ${e.message}`);
      throw e;
    }
  }
  /** Skips a LEB128 number of at most `maxBytes` bytes (5 for u32/s32/s33, 10 for s64/u64). */
  leb(maxBytes) {
    if (this.pos < this.end && this.bytes[this.pos] < 128) {
      this.pos++;
      return;
    }
    let next;
    try {
      next = skipLeb(this.bytes, this.pos, maxBytes);
    } catch (e) {
      if (e instanceof Leb128Error) throw new NotWasmError(`malformed LEB128 at offset ${this.pos}`);
      throw e;
    }
    if (next > this.end) this.truncated("LEB128");
    this.pos = next;
  }
  /** value type: one byte, or (ref null? heaptype) = 0x63/0x64 + a heap type. */
  valType() {
    const b = this.byte();
    if (b === 99 || b === 100) this.heapType();
    else if (b >= 128) throw new NotWasmError(`malformed value type at offset ${this.pos - 1}`);
  }
  /** heap type: s33 (an abstract type's byte or a type index), after custom descriptors' exact
   *  (0x62) or shared-everything's shared (0x65) prefix, both of which binaryen 132 writes. */
  heapType() {
    while (this.pos < this.end && (this.bytes[this.pos] === 98 || this.bytes[this.pos] === 101)) this.pos++;
    this.leb(5);
  }
  /** block type: 0x40, a value type, or an s33 type index. */
  blockType() {
    if (this.pos >= this.end) this.truncated("block type");
    const b = this.bytes[this.pos];
    if (b === 99 || b === 100) {
      this.pos++;
      this.heapType();
    } else {
      this.leb(5);
    }
  }
  /** memarg: align (bit 6 set => a memory index follows), then offset (u64 for memory64). */
  memarg() {
    if (this.pos >= this.end) this.truncated("memarg");
    const hasMemIdx = (this.bytes[this.pos] & 64) !== 0;
    this.leb(5);
    if (hasMemIdx) this.leb(5);
    this.leb(10);
  }
  /** limits: flags, min, max if flags & 1, page size log2 if flags & 8. */
  limits() {
    const flags = this.byte();
    this.leb(10);
    if (flags & 1) this.leb(10);
    if (flags & 8) this.leb(5);
  }
};
function hex(n2) {
  return n2.toString(16).padStart(2, "0");
}

// src/wasm/counter.ts
var COUNTER_EXPORT = "__wasm_gate_instructions";
var PROFILE_EXPORT_PREFIX = "__wasm_gate_profile_";
var PROFILE_CHUNK = 1e3;
var RESERVED_EXPORT_PREFIX = "__wasm_gate_";

// src/wasm/gc-eh-scan.ts
var op = (counted, split, depth, weight3) => Object.freeze({ counted, split, depth, weight: weight3 });
var OPEN = op(false, false, 1, 0);
var CATCH = op(false, true, 0, 0);
var DELEGATE = op(false, true, -1, 0);
var THROW = op(true, true, 0, 200);
var PLAIN = op(true, false, 0, 1);
var ALLOC = op(true, false, 0, 20);
var BULK = op(true, false, 0, 10);
var CAST = op(true, false, 0, 3);
var BRANCH_CAST = op(true, true, 0, 3);
function scanExtendedOp(op2, c3, funcIndex, at) {
  switch (op2) {
    case 6:
      c3.blockType();
      return OPEN;
    case 7:
      c3.leb(5);
      return CATCH;
    case 25:
      return CATCH;
    case 8:
    // throw tag
    case 9:
      c3.leb(5);
      return THROW;
    case 10:
      return THROW;
    case 24:
      c3.leb(5);
      return DELEGATE;
    case 31: {
      c3.blockType();
      const n2 = c3.u32("try_table catch count");
      for (let i2 = 0; i2 < n2; i2++) {
        const kind2 = c3.byte();
        if (kind2 > 3) throw new NotWasmError(`unknown try_table catch kind 0x${hex(kind2)} at offset ${c3.pos - 1}`);
        if (kind2 <= 1) c3.leb(5);
        c3.leb(5);
      }
      return OPEN;
    }
    case 251:
      return gcOp(c3, funcIndex, at);
    default:
      return void 0;
  }
}
function gcOp(c3, funcIndex, at) {
  const sub = c3.u32("0xFB sub-opcode");
  switch (sub) {
    case 0:
    // struct.new t
    case 1:
    // struct.new_default t
    case 6:
    // array.new t
    case 7:
      c3.leb(5);
      return ALLOC;
    case 8:
    // array.new_fixed t n
    case 9:
    // array.new_data t data
    case 10:
      c3.leb(5);
      c3.leb(5);
      return ALLOC;
    case 2:
    // struct.get t field
    case 3:
    // struct.get_s
    case 4:
    // struct.get_u
    case 5:
      c3.leb(5);
      c3.leb(5);
      return PLAIN;
    case 11:
    // array.get t
    case 12:
    // array.get_s
    case 13:
    // array.get_u
    case 14:
      c3.leb(5);
      return PLAIN;
    case 15:
    // array.len
    case 26:
    // any.convert_extern
    case 27:
    // extern.convert_any
    case 28:
    // ref.i31
    case 29:
    // i31.get_s
    case 30:
      return PLAIN;
    case 16:
      c3.leb(5);
      return BULK;
    case 17:
    // array.copy t t
    case 18:
    // array.init_data t data
    case 19:
      c3.leb(5);
      c3.leb(5);
      return BULK;
    case 20:
    // ref.test ht
    case 21:
    // ref.test null ht
    case 22:
    // ref.cast ht
    case 23:
      c3.heapType();
      return CAST;
    case 24:
    // br_on_cast flags label ht ht
    case 25:
      c3.byte();
      c3.leb(5);
      c3.heapType();
      c3.heapType();
      return BRANCH_CAST;
    default:
      throw new UnsupportedWasmError(`unsupported GC instruction 0xFB ${sub} in function ${funcIndex} at offset ${at}`);
  }
}
function countTypeEntries(bytes2, s) {
  const c3 = new Cursor(bytes2, s.payloadStart, s.end);
  const n2 = c3.u32("type count");
  let types = 0;
  for (let i2 = 0; i2 < n2; i2++) {
    if (c3.pos < c3.end && bytes2[c3.pos] === 78) {
      c3.pos++;
      const members = c3.u32("rec group size");
      for (let j = 0; j < members; j++) subType(c3);
      types += members;
    } else {
      subType(c3);
      types++;
    }
  }
  if (c3.pos !== s.end) throw new NotWasmError(`type section at offset ${s.start} has ${s.end - c3.pos} trailing bytes`);
  return types;
}
function subType(c3) {
  let form = c3.byte();
  if (form === 80 || form === 79) {
    const supers = c3.u32("supertype count");
    for (let i2 = 0; i2 < supers; i2++) c3.leb(5);
    form = c3.byte();
  }
  if (form === 101) form = c3.byte();
  if (form === 76) {
    c3.leb(5);
    form = c3.byte();
  }
  if (form === 77) {
    c3.leb(5);
    form = c3.byte();
  }
  switch (form) {
    case 96:
      for (let list = 0; list < 2; list++) {
        const count3 = c3.u32("type arity");
        for (let j = 0; j < count3; j++) c3.valType();
      }
      return;
    case 95: {
      const fields2 = c3.u32("struct field count");
      for (let j = 0; j < fields2; j++) fieldType(c3);
      return;
    }
    case 94:
      fieldType(c3);
      return;
    default:
      throw new UnsupportedWasmError(`unsupported type form 0x${hex(form)} at offset ${c3.pos - 1}`);
  }
}
function fieldType(c3) {
  const b = c3.pos < c3.end ? c3.bytes[c3.pos] : void 0;
  if (b === 120 || b === 119) c3.pos++;
  else c3.valType();
  c3.byte();
}
var ENGINE_RULES = {
  // Node 20's flag implements an older draft: struct.new (0xFB 0x00) is "invalid gc opcode".
  gc: { label: "GC", since: 22, note: "its --experimental-wasm-gc is an older draft; call_ref alone runs behind --experimental-wasm-typed-funcref" },
  exnref: { label: "try_table/exnref exception handling", since: 22, note: "no flag enables it" },
  multimemory: { label: "multiple memories", since: 22, note: "no flag enables it" },
  memory64: { label: "memory64", since: 22, flag: [20, "--experimental-wasm-memory64"] },
  "extended-const": { label: "extended constant expressions", since: 22, flag: [20, "--experimental-wasm-extended-const"] },
  "relaxed-simd": { label: "relaxed SIMD", since: 22, flag: [20, "--experimental-wasm-relaxed-simd"] },
  strings: { label: "stringref strings", flag: [20, "--experimental-wasm-stringref"] },
  fp16: { label: "fp16 SIMD", flag: [24, "--experimental-wasm-fp16"] },
  "shared-everything": { label: "shared-everything threads", flag: [22, "--experimental-wasm-shared"] },
  "stack-switching": { label: "stack switching" },
  "wide-arithmetic": { label: "wide arithmetic" },
  "custom-page-sizes": { label: "custom page sizes" }
};
function engineFeatureProblem(features2, nodeMajor) {
  const clauses = [];
  const never = [];
  let upgradeTo = 0;
  for (const name3 of features2) {
    const rule = ENGINE_RULES[name3];
    if (!rule || rule.since !== void 0 && nodeMajor >= rule.since) continue;
    const flag = rule.flag && nodeMajor >= rule.flag[0] ? rule.flag[1] : void 0;
    const how = flag ? `runs only behind ${flag}` : `cannot run${rule.note ? ` (${rule.note})` : ""}`;
    clauses.push(`${rule.label}, which Node ${nodeMajor} ${how}`);
    if (rule.since === void 0) never.push(rule.label);
    else upgradeTo = Math.max(upgradeTo, rule.since);
  }
  if (clauses.length === 0) return void 0;
  let message = `this module uses ${clauses.join("; and ")}`;
  if (upgradeTo > 0) message += `; run the gate on Node ${upgradeTo} or later (the GitHub Action runs on Node 24)`;
  if (never.length > 0) message += `; no Node release up to 24 runs ${never.join(" or ")} without a flag`;
  return message;
}

// src/wasm/code-scan.ts
var PROBE = {
  /** [addr] */
  load: 0,
  /** [addr, value] of a type: i32, i64, f32, f64, v128 */
  storeI32: 1,
  storeI64: 2,
  storeF32: 3,
  storeF64: 4,
  storeV128: 5,
  /** memory.fill [dest, value, n] */
  fill: 6,
  /** memory.copy [dest, src, n] */
  copy: 7,
  /** memory.grow [delta] */
  grow: 8
};
var PROBE_KINDS = 9;
var UnsupportedWasmError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UnsupportedWasmError";
  }
};
function scanBody(c3, funcIndex, sink, options) {
  const bytes2 = c3.bytes;
  const end = c3.end;
  const { starts, counts: counts2, costs } = sink;
  let blockStart = c3.pos;
  let k = 0;
  let w = 0;
  let depth = 1;
  const site = (at, kind2, offset) => {
    sink.siteAt.push(at);
    sink.siteKind.push(kind2);
    sink.siteOffset.push(offset);
  };
  for (; ; ) {
    if (c3.pos >= end) {
      throw new NotWasmError(`function ${funcIndex}: body ends at offset ${end} without its final "end"`);
    }
    const at = c3.pos;
    const op2 = bytes2[c3.pos++];
    let split = false;
    if (op2 >= 69 && op2 <= 196) {
      k++;
      w += OPCODE_CYCLES[op2];
      continue;
    }
    w += OPCODE_CYCLES[op2];
    switch (op2) {
      case 0:
      // unreachable
      case 15:
        k++;
        split = true;
        break;
      case 1:
      // nop
      case 26:
      // drop
      case 27:
      // select
      case 209:
      // ref.is_null
      case 211:
      // ref.eq
      case 212:
        k++;
        break;
      case 2:
        c3.blockType();
        depth++;
        break;
      case 3:
        c3.blockType();
        depth++;
        split = true;
        break;
      case 4:
        c3.blockType();
        depth++;
        k++;
        split = true;
        break;
      case 5:
        split = true;
        break;
      case 11:
        depth--;
        if (depth === 0) {
          if (c3.pos !== end) {
            throw new NotWasmError(
              `function ${funcIndex}: final "end" at offset ${at} but the body ends at ${end}`
            );
          }
          if (k > 0) {
            starts.push(blockStart);
            counts2.push(k);
            costs.push(w);
          }
          return;
        }
        split = true;
        break;
      case 12:
      // br l
      case 13:
      // br_if l
      case 213:
      // br_on_null l
      case 214:
        c3.leb(5);
        k++;
        split = true;
        break;
      case 14: {
        const n2 = c3.u32("br_table length");
        for (let i2 = 0; i2 <= n2; i2++) c3.leb(5);
        k++;
        split = true;
        break;
      }
      case 16:
      // call f
      case 20:
        c3.leb(5);
        k++;
        split = options.splitAfterCalls;
        break;
      case 64: {
        const mem = c3.u32("memory index");
        if (!options.is64(mem)) site(at, PROBE.grow, 0);
        k++;
        break;
      }
      case 32:
      // local.get
      case 33:
      // local.set
      case 34:
      // local.tee
      case 35:
      // global.get
      case 36:
      // global.set
      case 37:
      // table.get
      case 38:
      // table.set
      case 63:
      // memory.size memidx
      case 210:
        c3.leb(5);
        k++;
        break;
      case 17:
        c3.leb(5);
        c3.leb(5);
        k++;
        split = options.splitAfterCalls;
        break;
      case 18:
      // return_call f
      case 21:
        c3.leb(5);
        k++;
        split = true;
        break;
      case 19:
        c3.leb(5);
        c3.leb(5);
        k++;
        split = true;
        break;
      case 28: {
        const n2 = c3.u32("select type count");
        for (let i2 = 0; i2 < n2; i2++) c3.valType();
        k++;
        break;
      }
      case 65:
        c3.leb(5);
        k++;
        break;
      case 66:
        c3.leb(10);
        k++;
        break;
      case 67:
        c3.skipBytes(4);
        k++;
        break;
      case 68:
        c3.skipBytes(8);
        k++;
        break;
      case 208:
        c3.heapType();
        k++;
        break;
      case 252: {
        const sub = prefixFC(c3, funcIndex, at, options, site);
        w += prefixedCycles(op2, sub);
        k++;
        break;
      }
      case 253: {
        const sub = prefixFD(c3, funcIndex, at, options, site);
        w += prefixedCycles(op2, sub);
        k++;
        break;
      }
      case 254:
        w += prefixedCycles(op2, prefixFE(c3, funcIndex, at));
        k++;
        break;
      default:
        if (op2 >= 40 && op2 <= 62) {
          const m = readMemarg(c3);
          if (!options.is64(m.memory)) site(at, op2 <= 53 ? PROBE.load : STORE_PROBES[op2 - 54], m.offset);
          k++;
          break;
        }
        {
          const ext = scanExtendedOp(op2, c3, funcIndex, at);
          if (ext) {
            if (ext.counted) k++;
            w += ext.weight;
            depth += ext.depth;
            if (op2 === 6 || op2 === 31) sink.handlesExceptions = true;
            split = ext.split;
            break;
          }
        }
        throw new UnsupportedWasmError(`unknown opcode 0x${hex(op2)} in function ${funcIndex} at offset ${at}`);
    }
    if (split) {
      if (k > 0) {
        starts.push(blockStart);
        counts2.push(k);
        costs.push(w);
      }
      blockStart = c3.pos;
      k = 0;
      w = 0;
    }
  }
}
var STORE_PROBES = [PROBE.storeI32, PROBE.storeI64, PROBE.storeF32, PROBE.storeF64, PROBE.storeI32, PROBE.storeI32, PROBE.storeI64, PROBE.storeI64, PROBE.storeI64];
function readMemarg(c3) {
  const align = c3.u32("memarg alignment");
  const memory = align & 64 ? c3.u32("memarg memory index") : 0;
  let offset = 0;
  let scale = 1;
  for (let i2 = 0; i2 < 10; i2++) {
    const b = c3.byte();
    offset += (b & 127) * scale;
    scale *= 128;
    if (b < 128) return { memory, offset };
  }
  return c3.truncated("memarg offset");
}
function prefixFC(c3, funcIndex, at, options, site) {
  const sub = c3.u32("0xFC sub-opcode");
  if (sub <= 7) return sub;
  switch (sub) {
    case 10: {
      const to = c3.u32("memory index");
      const from = c3.u32("memory index");
      if (!options.is64(to) && !options.is64(from)) site(at, PROBE.copy, 0);
      return sub;
    }
    case 11: {
      if (!options.is64(c3.u32("memory index"))) site(at, PROBE.fill, 0);
      return sub;
    }
    case 8:
    // memory.init dataidx memidx
    case 12:
    // table.init elemidx tableidx
    case 14:
      c3.leb(5);
      c3.leb(5);
      return sub;
    case 9:
    // data.drop dataidx
    case 13:
    // elem.drop elemidx
    case 15:
    // table.grow tableidx
    case 16:
    // table.size tableidx
    case 17:
      c3.leb(5);
      return sub;
    default:
      throw new UnsupportedWasmError(`unknown instruction 0xFC ${sub} in function ${funcIndex} at offset ${at}`);
  }
}
function prefixFD(c3, funcIndex, at, options, site) {
  const sub = c3.u32("0xFD sub-opcode");
  if (sub <= 11 || sub === 92 || sub === 93) {
    const m = readMemarg(c3);
    if (!options.is64(m.memory)) site(at, sub === 11 ? PROBE.storeV128 : PROBE.load, m.offset);
  } else if (sub === 12 || sub === 13) {
    c3.skipBytes(16);
  } else if (sub >= 21 && sub <= 34) {
    c3.skipBytes(1);
  } else if (sub >= 84 && sub <= 91) {
    const m = readMemarg(c3);
    c3.skipBytes(1);
    if (!options.is64(m.memory)) site(at, PROBE.storeV128, m.offset);
  } else if (sub > 275) {
    throw new UnsupportedWasmError(`unknown SIMD instruction 0xFD ${sub} in function ${funcIndex} at offset ${at}`);
  }
  return sub;
}
function prefixFE(c3, funcIndex, at) {
  const sub = c3.u32("0xFE sub-opcode");
  if (sub === 3) {
    c3.skipBytes(1);
  } else if (sub <= 2 || sub >= 16 && sub <= 78) {
    c3.memarg();
  } else {
    throw new UnsupportedWasmError(`unknown atomic instruction 0xFE ${sub} in function ${funcIndex} at offset ${at}`);
  }
  return sub;
}

// src/wasm/import-section.ts
var COMPACT_PAIRS = 127;
var COMPACT_SHARED_TYPE = 126;
var EXACT_FUNCTION = 32;
var utf82 = new TextDecoder("utf-8");
var utf8Encode = new TextEncoder();
function readImportSection(c3, read) {
  let grouped = false;
  for (let n2 = c3.u32("import count"); n2 > 0; n2--) {
    const module2 = name(c3);
    const field = name(c3);
    const compact = field === "" && c3.pos < c3.end ? c3.bytes[c3.pos] : void 0;
    if (compact === COMPACT_PAIRS) {
      c3.pos++;
      grouped = true;
      for (let items = c3.u32("compact import count"); items > 0; items--) {
        const item = name(c3);
        read({ module: module2, name: item, ...kindOf2(c3) }, c3);
      }
    } else if (compact === COMPACT_SHARED_TYPE) {
      c3.pos++;
      grouped = true;
      const typeAt = c3.pos;
      const kind2 = kindOf2(c3);
      skipImportType(kind2.kind, c3);
      for (let items = c3.u32("compact import count"); items > 0; items--) {
        const item = name(c3);
        const at = c3.pos;
        c3.pos = typeAt;
        read({ module: module2, name: item, ...kindOf2(c3) }, c3);
        c3.pos = at;
      }
    } else {
      read({ module: module2, name: field, ...kindOf2(c3) }, c3);
    }
  }
  return grouped;
}
function kindOf2(c3) {
  const at = c3.pos;
  const k = c3.byte();
  if (k === EXACT_FUNCTION) return { kind: 0, exact: true };
  if (k > 4) throw new NotWasmError(`unknown import kind 0x${hex(k)} at offset ${at}`);
  return { kind: k, exact: false };
}
function skipImportType(kind2, c3) {
  if (kind2 === 0) c3.u32("import type index");
  else if (kind2 === 1) {
    c3.valType();
    c3.limits();
  } else if (kind2 === 2) c3.limits();
  else if (kind2 === 3) {
    c3.valType();
    c3.byte();
  } else {
    c3.byte();
    c3.u32("tag type index");
  }
}
function name(c3) {
  const length = c3.u32("name length");
  const start = c3.pos;
  c3.skipBytes(length);
  return utf82.decode(c3.bytes.subarray(start, c3.pos));
}
function withPlainImports(bytes2) {
  const section = readSections(bytes2).find((s) => s.id === 2);
  if (!section) return bytes2;
  const entries = [];
  let exact = false;
  const c3 = new Cursor(bytes2, section.payloadStart, section.end);
  const grouped = readImportSection(c3, (header, at) => {
    const typeStart = at.pos;
    skipImportType(header.kind, at);
    exact ||= header.exact;
    const [module2, field] = [utf8Encode.encode(header.module), utf8Encode.encode(header.name)];
    entries.push(concatBytes([u32(module2.length), module2, u32(field.length), field, Uint8Array.of(header.kind), bytes2.subarray(typeStart, at.pos)]));
  });
  if (!grouped && !exact) return bytes2;
  const payload = concatBytes([u32(entries.length), ...entries]);
  return concatBytes([bytes2.subarray(0, section.start), Uint8Array.of(2), u32(payload.length), payload, bytes2.subarray(section.end)]);
}
function u32(n2) {
  return Uint8Array.from(encodeU32(n2));
}

// src/wasm/module-layout.ts
var ID_TYPE = 1;
var ID_IMPORT = 2;
var ID_FUNCTION = 3;
var ID_TABLE = 4;
var ID_MEMORY = 5;
var ID_GLOBAL = 6;
var ID_EXPORT = 7;
var ID_TAG = 13;
var ID_CODE = 10;
var SECTION_RANK = {
  1: 1,
  // type
  2: 2,
  // import
  3: 3,
  // function
  4: 4,
  // table
  5: 5,
  // memory
  13: 6,
  // tag
  6: 7,
  // global
  7: 8,
  // export
  8: 9,
  // start
  9: 10,
  // element
  12: 11,
  // datacount
  10: 12,
  // code
  11: 13
  // data
};
function analyze(bytes2) {
  const sections = readSections(bytes2);
  let importedFunctions = 0;
  let importedGlobals = 0;
  let definedGlobals = 0;
  let imported = { functions: 0, globals: 0, tables: 0, memories: 0, tags: 0, memory64: [] };
  let definedTables = 0;
  const definedMemory64 = [];
  let definedTags = 0;
  let code;
  for (const s of sections) {
    if (s.id === 0) continue;
    if (SECTION_RANK[s.id] === void 0) {
      throw new UnsupportedWasmError(`unknown section id ${s.id} at offset ${s.start}`);
    }
    if (s.id === ID_IMPORT) {
      imported = countImports(bytes2, s);
      importedFunctions = imported.functions;
      importedGlobals = imported.globals;
    } else if (s.id === ID_TABLE) {
      definedTables = sectionU32(bytes2, s.payloadStart, s.end, "table count");
    } else if (s.id === ID_MEMORY) {
      const c3 = new Cursor(bytes2, s.payloadStart, s.end);
      for (let n2 = c3.u32("memory count"); n2 > 0; n2--) {
        definedMemory64.push((bytes2[c3.pos] & 4) !== 0);
        c3.limits();
      }
    } else if (s.id === ID_TAG) {
      definedTags = sectionU32(bytes2, s.payloadStart, s.end, "tag count");
    } else if (s.id === ID_GLOBAL) {
      definedGlobals = sectionU32(bytes2, s.payloadStart, s.end, "global count");
    } else if (s.id === ID_EXPORT) {
      checkExports(bytes2, s);
    } else if (s.id === ID_CODE) {
      code = s;
    }
  }
  const memory64 = [...imported.memory64, ...definedMemory64];
  const is64 = (index) => memory64[index] === true;
  let scanned = code ? scanCode(bytes2, code, importedFunctions, { is64, splitAfterCalls: imported.tags + definedTags > 0 }) : void 0;
  if (code && scanned?.sink.handlesExceptions && imported.tags + definedTags === 0) scanned = scanCode(bytes2, code, importedFunctions, { is64, splitAfterCalls: true });
  const sink = scanned?.sink ?? { starts: [], counts: [], costs: [], siteAt: [], siteKind: [], siteOffset: [] };
  const bodies = scanned?.bodies ?? [];
  const codeCountEnd = scanned?.codeCountEnd ?? 0;
  return {
    sections,
    importedFunctions,
    importedGlobals,
    definedGlobals,
    importedTables: imported.tables,
    definedTables,
    importedMemories: imported.memory64.length,
    definedMemories: definedMemory64.length,
    codeCountEnd,
    bodies,
    blockStarts: sink.starts,
    blockCounts: sink.counts,
    blockCosts: sink.costs,
    siteAt: sink.siteAt,
    siteKind: sink.siteKind,
    siteOffset: sink.siteOffset
  };
}
function scanCode(bytes2, code, importedFunctions, options) {
  const bodies = [];
  const sink = { starts: [], counts: [], costs: [], siteAt: [], siteKind: [], siteOffset: [] };
  const c3 = new Cursor(bytes2, code.payloadStart, code.end);
  const n2 = c3.u32("code count");
  const codeCountEnd = c3.pos;
  for (let i2 = 0; i2 < n2; i2++) {
    const size = c3.u32("function body size");
    const bodyStart = c3.pos;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > code.end) {
      throw new NotWasmError(`truncated function body ${importedFunctions + i2} at offset ${bodyStart}: ${size} bytes overrun the code section`);
    }
    const firstBlock = sink.starts.length;
    const firstSite = sink.siteAt.length;
    const fn = new Cursor(bytes2, bodyStart, bodyEnd);
    const localGroups = fn.u32("local declaration count");
    for (let j = 0; j < localGroups; j++) {
      fn.u32("local count");
      fn.valType();
    }
    scanBody(fn, importedFunctions + i2, sink, options);
    bodies.push({ bodyStart, bodyEnd, firstBlock, endBlock: sink.starts.length, firstSite, endSite: sink.siteAt.length });
    c3.pos = bodyEnd;
  }
  if (c3.pos !== code.end) {
    throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c3.pos} trailing bytes`);
  }
  return { sink, bodies, codeCountEnd };
}
function sectionU32(bytes2, pos, end, what) {
  return new Cursor(bytes2, pos, end).u32(what);
}
function countImports(bytes2, s) {
  const c3 = new Cursor(bytes2, s.payloadStart, s.end);
  const counts2 = [0, 0, 0, 0, 0];
  const memory64 = [];
  try {
    readImportSection(c3, ({ kind: kind2 }) => {
      counts2[kind2]++;
      if (kind2 === 2) memory64.push((c3.bytes[c3.pos] & 4) !== 0);
      skipImportType(kind2, c3);
    });
  } catch (error) {
    if (error instanceof NotWasmError && error.message.startsWith("unknown import kind")) throw new UnsupportedWasmError(error.message);
    throw error;
  }
  const [functions = 0, tables = 0, , globals = 0, tags = 0] = counts2;
  return { functions, globals, tables, memories: memory64.length, tags, memory64 };
}
var utf83 = new TextDecoder("utf-8");
function checkExports(bytes2, s) {
  const c3 = new Cursor(bytes2, s.payloadStart, s.end);
  const n2 = c3.u32("export count");
  for (let i2 = 0; i2 < n2; i2++) {
    const len = c3.u32("export name length");
    const nameStart = c3.pos;
    c3.skipBytes(len);
    if (len >= RESERVED_EXPORT_PREFIX.length) {
      const name3 = utf83.decode(bytes2.subarray(nameStart, c3.pos));
      if (name3.startsWith(RESERVED_EXPORT_PREFIX)) {
        throw new UnsupportedWasmError(`the module already exports "${name3}" (is it already instrumented?)`);
      }
    }
    c3.byte();
    c3.u32("export index");
  }
}

// src/wasm/function-bodies.ts
function readFunctionBodies(bytes2) {
  const sections = readSections(bytes2);
  const imports = sections.find((s) => s.id === ID_IMPORT);
  const importedFunctions = imports ? countImports(bytes2, imports).functions : 0;
  const code = sections.find((s) => s.id === ID_CODE);
  if (!code) return { importedFunctions, sizes: [], codePayloadBytes: 0 };
  const c3 = new Cursor(bytes2, code.payloadStart, code.end);
  const count3 = c3.u32("code count");
  const sizes2 = [];
  for (let i2 = 0; i2 < count3; i2++) {
    const size = c3.u32("function body size");
    c3.skipBytes(size);
    sizes2.push(size);
  }
  if (c3.pos !== code.end) throw new NotWasmError(`code section at offset ${code.start} has ${code.end - c3.pos} trailing bytes`);
  return { importedFunctions, sizes: sizes2, codePayloadBytes: code.end - code.payloadStart };
}

// src/measure/demangle.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path6 from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/gecko-profiler-demangle/index_bg.js
var index_bg_exports = {};
__export(index_bg_exports, {
  __wbg_set_wasm: () => __wbg_set_wasm,
  __wbindgen_init_externref_table: () => __wbindgen_init_externref_table,
  demangle_any: () => demangle_any
});
var wasm;
function __wbg_set_wasm(val) {
  wasm = val;
}
var WASM_VECTOR_LEN = 0;
var cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
var lTextEncoder = typeof TextEncoder === "undefined" ? (0, module.require)("util").TextEncoder : TextEncoder;
var cachedTextEncoder = new lTextEncoder("utf-8");
var encodeString = typeof cachedTextEncoder.encodeInto === "function" ? function(arg, view) {
  return cachedTextEncoder.encodeInto(arg, view);
} : function(arg, view) {
  const buf = cachedTextEncoder.encode(arg);
  view.set(buf);
  return {
    read: arg.length,
    written: buf.length
  };
};
function passStringToWasm0(arg, malloc, realloc) {
  if (realloc === void 0) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr2 = malloc(buf.length, 1) >>> 0;
    getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr2;
  }
  let len = arg.length;
  let ptr = malloc(len, 1) >>> 0;
  const mem = getUint8ArrayMemory0();
  let offset = 0;
  for (; offset < len; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 127) break;
    mem[ptr + offset] = code;
  }
  if (offset !== len) {
    if (offset !== 0) {
      arg = arg.slice(offset);
    }
    ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
    const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
    const ret = encodeString(arg, view);
    offset += ret.written;
    ptr = realloc(ptr, len, offset, 1) >>> 0;
  }
  WASM_VECTOR_LEN = offset;
  return ptr;
}
var lTextDecoder = typeof TextDecoder === "undefined" ? (0, module.require)("util").TextDecoder : TextDecoder;
var cachedTextDecoder = new lTextDecoder("utf-8", { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
function demangle_any(name3) {
  let deferred2_0;
  let deferred2_1;
  try {
    const ptr0 = passStringToWasm0(name3, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.demangle_any(ptr0, len0);
    deferred2_0 = ret[0];
    deferred2_1 = ret[1];
    return getStringFromWasm0(ret[0], ret[1]);
  } finally {
    wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
  }
}
function __wbindgen_init_externref_table() {
  const table3 = wasm.__wbindgen_export_0;
  const offset = table3.grow(4);
  table3.set(0, void 0);
  table3.set(offset + 0, void 0);
  table3.set(offset + 1, null);
  table3.set(offset + 2, true);
  table3.set(offset + 3, false);
  ;
}

// src/measure/demangle.ts
var NAME_MAX = 300;
var demangler;
var broken = false;
function wasmFile() {
  const bundled = path6.join(path6.dirname(fileURLToPath(import.meta.url)), "demangle.wasm");
  return existsSync2(bundled) ? bundled : createRequire(import.meta.url).resolve("gecko-profiler-demangle/index_bg.wasm");
}
function load() {
  const module2 = new WebAssembly.Module(readFileSync(wasmFile()));
  const instance = new WebAssembly.Instance(module2, { "./index_bg.js": index_bg_exports });
  __wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return demangle_any;
}
function demangle(name3) {
  if (broken || !/^_{1,2}[ZR]/.test(name3)) return name3;
  try {
    demangler ??= load();
    const out = demangler(name3);
    return out === name3.replace(/^_/, "") ? name3 : out;
  } catch {
    broken = true;
    return name3;
  }
}
function readableName(raw) {
  const name3 = demangle(raw.length > 4 * NAME_MAX ? raw.slice(0, 4 * NAME_MAX) : raw).replace(/::h[0-9a-f]{16}(?![0-9A-Za-z_])/g, "").replace(/(?<=[0-9A-Za-z_])\[[0-9a-f]+\](?=::|[>,;) ]|$)/g, "").replace(/\.llvm\.\d+$/, "");
  return name3.length > NAME_MAX ? `${name3.slice(0, NAME_MAX - 1)}…` : name3;
}

// src/measure/functions.ts
function unnamedKey(index) {
  return `func[${index}]`;
}
function measureFunctions(optimized, names) {
  const { importedFunctions, sizes: sizes2 } = readFunctionBodies(optimized);
  const keys = [];
  let named = 0;
  for (let i2 = 0; i2 < sizes2.length; i2++) {
    const raw = names.names.get(importedFunctions + i2);
    const name3 = raw ? readableName(raw) : "";
    if (name3) named++;
    keys.push(name3 || unnamedKey(importedFunctions + i2));
  }
  const functions = sumByKey(keys, sizes2);
  const naming = { named, total: sizes2.length };
  if (named < sizes2.length && sizes2.length > 0) {
    naming.note = names.problem ?? "the name section does not name every function";
    if (names.inputFullyNamed && !names.problem) naming.unnamedByOptimizer = true;
  }
  return { functions, keys, naming };
}
function sumByKey(keys, values2) {
  const sums = /* @__PURE__ */ new Map();
  for (let i2 = 0; i2 < keys.length; i2++) sums.set(keys[i2], (sums.get(keys[i2]) ?? 0) + values2[i2]);
  return toRecord([...sums].sort((a2, b) => b[1] - a2[1] || (a2[0] < b[0] ? -1 : a2[0] > b[0] ? 1 : 0)));
}
function toRecord(entries) {
  const out = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}
function addFunctionSizes(measurement2, optimized, names) {
  try {
    const m = measureFunctions(optimized, names);
    measurement2.functions = m.functions;
    measurement2.functionNaming = m.naming;
    return m.keys;
  } catch (error) {
    measurement2.functionNaming = { named: 0, total: 0, note: `its functions could not be listed: ${error.message}` };
    return void 0;
  }
}

// src/digest.ts
import { createHash } from "node:crypto";
function sha256(bytes2) {
  return createHash("sha256").update(bytes2).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    entries.sort(([a2], [b]) => a2 < b ? -1 : a2 > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/reuse/baseline-record.ts
var REUSED_BENCH_FIELDS = ["iterations", "cycles", "instructions", "peakMemoryBytes", "initialMemoryBytes", "allocations", "profile", "profileOmitted", "cyclesProfile", "cyclesProfileOmitted"];
function digestOf(entry, record2) {
  const bench2 = {};
  for (const [name3, b] of Object.entries(entry.bench ?? {})) {
    const exact = {};
    for (const field of REUSED_BENCH_FIELDS) exact[field] = b[field];
    bench2[name3] = exact;
  }
  return sha256(canonicalJson({ size: entry.size, sections: entry.sections, functions: entry.functions, functionsOmitted: entry.functionsOmitted, bench: bench2, record: record2 }));
}
function recordFor(entry, fingerprint, naming) {
  const record2 = {
    artifact: fingerprint.artifact,
    sizes: fingerprint.sizes,
    ...fingerprint.bench ? { bench: fingerprint.bench } : {},
    optimized: fingerprint.optimized,
    ...naming ? { functionNaming: naming } : {}
  };
  return { ...record2, numbers: digestOf(entry, record2) };
}
var HEX64 = /^[0-9a-f]{64}$/;
function readRecord(entry) {
  const raw = entry?.measuredFrom;
  if (!entry || raw === void 0) return { why: "the baseline holds no record of the artifact it was measured from (written by an older wasm-gate, or by hand)" };
  const hex2 = (v) => typeof v === "string" && HEX64.test(v);
  const naming = raw.functionNaming;
  const namingOk = naming === void 0 || Number.isInteger(naming.named) && Number.isInteger(naming.total) && (naming.note === void 0 || typeof naming.note === "string");
  if (!hex2(raw.artifact) || !hex2(raw.sizes) || !hex2(raw.optimized) || !hex2(raw.numbers) || raw.bench !== void 0 && !hex2(raw.bench) || !namingOk) {
    return { why: "its baseline record (measuredFrom) is malformed" };
  }
  const { numbers, ...rest } = raw;
  if (digestOf(entry, rest) !== numbers) return { why: "its numbers in the baseline were edited after `update` recorded them" };
  return { record: raw };
}

// src/baseline/next-baseline.ts
var BASELINE_SCHEMA_REF = "https://wasm-gate.dev/schemas/baseline.schema.json";
var BASELINE_FUNCTIONS = 200;
var BASELINE_PROFILE_FUNCTIONS = 20;
var EXACT_BENCH_FIELDS = ["iterations", "cycles", "instructions", "peakMemoryBytes", "initialMemoryBytes", "allocations"];
var TIMING_BENCH_FIELDS = ["opsPerSec", "opsPerSecCi95", "samples"];
var TIMING_TOOLS = ["node", "bench"];
function nextBaseline(previous, input) {
  const variants = {};
  const kept = [];
  const missing = [];
  const thresholds = input.thresholds ?? {};
  const sameTools = previous !== void 0 && toolMismatches(previous.tools, input.tools).length === 0;
  let keepsTimings = false;
  for (const name3 of input.variants) {
    const before = own(previous?.variants, name3);
    const m = input.measured.get(name3);
    const optimized = m?.size.optimized;
    if (!m || optimized === void 0) {
      if (before && sameTools) {
        setOwn(variants, name3, before);
        kept.push(name3);
        if (Object.values(before.bench ?? {}).some((b) => b.opsPerSec !== void 0)) keepsTimings = true;
      } else missing.push(name3);
      continue;
    }
    const timed2 = thresholdFor(thresholds, name3, "opsPerSec") !== false;
    const { size: _size, sections: _sections, bench: _bench, functions: _f, functionsOmitted: _o, measuredFrom: _r, ...extra } = before ?? {};
    const bench2 = {};
    for (const [b, result] of Object.entries(m.bench ?? {})) setOwn(bench2, b, storedBench(result, timed2));
    if (timed2 && Object.values(bench2).some((b) => b.opsPerSec !== void 0)) keepsTimings = true;
    const functions = m.functions ? largest(m.functions, BASELINE_FUNCTIONS, "name") : void 0;
    const functionsOmitted = functions?.omitted ?? m.functionsOmitted;
    const entry = {
      ...extra,
      size: { ...m.size, optimized },
      sections: m.sections,
      ...functions ? { functions: functions.listed } : {},
      ...functions && functionsOmitted ? { functionsOmitted } : {},
      ...Object.keys(bench2).length > 0 ? { bench: bench2 } : {}
    };
    const fingerprint = m.fingerprint;
    if (fingerprint?.optimized) entry.measuredFrom = recordFor(entry, { ...fingerprint, optimized: fingerprint.optimized }, m.functionNaming);
    setOwn(variants, name3, entry);
  }
  const storedTools = Object.fromEntries(Object.entries(input.tools).filter(([tool]) => keepsTimings || !TIMING_TOOLS.includes(tool)));
  const { variants: _v, updatedAt, tools: _t, schemaVersion: _s, $schema, ...rest } = previous ?? {};
  const next = {
    $schema: $schema ?? BASELINE_SCHEMA_REF,
    schemaVersion: 1,
    updatedAt: input.now.toISOString(),
    tools: storedTools,
    ...rest,
    variants
  };
  if (previous && updatedAt && !baselineChanged(previous, next)) next.updatedAt = updatedAt;
  return { baseline: next, kept, missing };
}
function storedBench(result, timed2) {
  const stored = {};
  for (const field of [...EXACT_BENCH_FIELDS, ...timed2 ? TIMING_BENCH_FIELDS : []]) {
    if (result[field] !== void 0) stored[field] = result[field];
  }
  const top = result.profile ? largest(result.profile, BASELINE_PROFILE_FUNCTIONS, "value") : void 0;
  if (top) stored.profile = top.listed;
  const omitted = top?.omitted ?? result.profileOmitted;
  if (top && omitted) stored.profileOmitted = omitted;
  const topCycles = result.cyclesProfile ? largest(result.cyclesProfile, BASELINE_PROFILE_FUNCTIONS, "value") : void 0;
  if (topCycles) stored.cyclesProfile = topCycles.listed;
  const cyclesOmitted = topCycles?.omitted ?? result.cyclesProfileOmitted;
  if (topCycles && cyclesOmitted) stored.cyclesProfileOmitted = cyclesOmitted;
  return stored;
}
function largest(values2, limit, order) {
  const byName = (a2, b) => a2[0] < b[0] ? -1 : a2[0] > b[0] ? 1 : 0;
  const entries = Object.entries(values2).sort((a2, b) => b[1] - a2[1] || byName(a2, b));
  const kept = entries.slice(0, limit);
  const left = entries.slice(limit);
  const listed = toRecord(order === "name" ? kept.sort(byName) : kept);
  if (left.length === 0) return { listed };
  return { listed, omitted: { functions: left.length, total: left.reduce((sum, [, v]) => sum + v, 0), largest: left[0][1] } };
}
function baselineChanged(before, after) {
  if (!before) return true;
  const strip = ({ updatedAt: _u, ...rest }) => rest;
  return JSON.stringify(strip(before)) !== JSON.stringify(strip(after));
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}

// src/glob.ts
function globMatch(pattern, name3) {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return regex.test(name3);
}

// src/compare/verdict.ts
function gateStatus(problems, variants) {
  if (problems.length > 0 || variants.some((v) => v.status === "error")) return "error";
  if (variants.some((v) => v.status === "regressed")) return "regressed";
  return "pass";
}
function exitCodeFor(status) {
  return status === "error" ? 2 : status === "regressed" ? 1 : 0;
}

// src/config/load-baseline.ts
import { existsSync as existsSync3 } from "node:fs";

// src/version.ts
var WASM_GATE_VERSION = true ? "0.1.0" : "0.0.0-dev";
var BINARYEN_VERSION = true ? "132.0.0" : packageVersion("binaryen");

// src/config/load-baseline.ts
var SCHEMA_VERSION = 1;
async function loadBaseline(file) {
  if (!existsSync3(file)) return void 0;
  return checkBaseline(await readJsonFile(file, "baseline"), file);
}
function checkBaseline(raw, file) {
  const version = raw?.schemaVersion;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new InputFileError(
      file,
      `baseline ${file} was written by a newer wasm-gate (schemaVersion ${version}; wasm-gate ${WASM_GATE_VERSION} reads ${SCHEMA_VERSION}): upgrade wasm-gate to read it (\`update\` with this version would discard what the newer one recorded, so it refuses)`,
      "newer"
    );
  }
  const problems = schemaProblems("baseline", raw);
  if (problems.length > 0) {
    throw new InputFileError(
      file,
      `baseline ${file} is invalid:
${problems.map((p) => `  - ${p}`).join("\n")}
  (fix it by hand, or rewrite it with \`wasm-gate update\`)`,
      "schema"
    );
  }
  return raw;
}

// src/results/published.ts
var RUN_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;
function isRunUrl(url) {
  return RUN_URL.test(url);
}

// src/results/bench-fields.ts
var ALLOCATION_FIELDS = ["allocs", "reallocs", "frees", "bytes", "peakLiveBytes", "peakLiveBlocks", "liveBytesAtEnd"];
var CACHE_EVENT_FIELDS = ["accesses", "l1Misses", "llMisses", "streamedMisses", "firstTouches", "grows"];
function fields(names, v, at, count3) {
  const o2 = typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
  return Object.fromEntries(names.map((k) => [k, count3(o2[k], `${at}/${k}`)]));
}
function allocations(v, at, count3) {
  return fields(ALLOCATION_FIELDS, v, at, count3);
}
function cacheEvents(v, at, count3) {
  return fields(CACHE_EVENT_FIELDS, v, at, count3);
}

// src/publish/results-functions.ts
var NAME_MAX2 = 1e3;
var TEXT_MAX = 4e3;
var CHANGES_MAX = 1e5;
var BENCHES_MAX = 1e4;
function readFunctionFields(o2, at, fail3) {
  const v = new Reader(fail3);
  const out = {};
  if (o2.functionChanges !== void 0) out.functionChanges = v.changes(o2.functionChanges, `${at}/functionChanges`);
  if (o2.attribution !== void 0) out.attribution = v.attribution(o2.attribution, `${at}/attribution`);
  return out;
}
var Reader = class {
  constructor(fail3) {
    this.fail = fail3;
  }
  fail;
  attribution(raw, at) {
    const o2 = this.obj(raw, at);
    const a2 = {};
    if (o2.naming !== void 0) a2.naming = this.naming(o2.naming, `${at}/naming`);
    if (o2.sizeRest !== void 0) {
      const r = this.obj(o2.sizeRest, `${at}/sizeRest`);
      const side = (x, p) => {
        const s = this.obj(x, p);
        return { functions: this.count(s.functions, `${p}/functions`), bytes: this.count(s.bytes, `${p}/bytes`) };
      };
      a2.sizeRest = { baseline: side(r.baseline, `${at}/sizeRest/baseline`), current: side(r.current, `${at}/sizeRest/current`) };
    }
    for (const key of ["profileChanges", "cyclesChanges", "profileVsReference"]) {
      if (o2[key] === void 0) continue;
      const map = this.obj(o2[key], `${at}/${key}`);
      const entries = Object.entries(map);
      if (entries.length > BENCHES_MAX) this.fail(`${at}/${key}`, `must have at most ${BENCHES_MAX} benchmarks`);
      const out = {};
      for (const [bench2, change] of entries) {
        Object.defineProperty(out, this.capped(bench2, NAME_MAX2), { value: this.profile(change, `${at}/${key}/${bench2}`), enumerable: true, writable: true, configurable: true });
      }
      a2[key] = out;
    }
    return a2;
  }
  naming(raw, at) {
    const o2 = this.obj(raw, at);
    const n2 = { named: this.count(o2.named, `${at}/named`), total: this.count(o2.total, `${at}/total`) };
    if (o2.note !== void 0) n2.note = this.str(o2.note, `${at}/note`, TEXT_MAX);
    if (o2.unnamedByOptimizer === true) n2.unnamedByOptimizer = true;
    return n2;
  }
  profile(raw, at) {
    const o2 = this.obj(raw, at);
    const p = {
      baseline: this.num(o2.baseline, `${at}/baseline`),
      current: this.num(o2.current, `${at}/current`),
      delta: this.num(o2.delta, `${at}/delta`),
      functions: this.changes(o2.functions, `${at}/functions`)
    };
    if (o2.rest !== void 0) {
      const r = this.obj(o2.rest, `${at}/rest`);
      p.rest = { baseline: this.num(r.baseline, `${at}/rest/baseline`), current: this.num(r.current, `${at}/rest/current`) };
    }
    return p;
  }
  changes(raw, at) {
    if (!Array.isArray(raw)) this.fail(at, "must be an array");
    if (raw.length > CHANGES_MAX) this.fail(at, `must have at most ${CHANGES_MAX} items`);
    return raw.map((item, i2) => {
      const p = `${at}/${i2}`;
      const o2 = this.obj(item, p);
      const c3 = {
        name: this.str(o2.name, `${p}/name`, NAME_MAX2),
        baseline: o2.baseline === null ? null : this.num(o2.baseline, `${p}/baseline`),
        current: o2.current === null ? null : this.num(o2.current, `${p}/current`),
        delta: this.num(o2.delta, `${p}/delta`)
      };
      if (o2.baselineAtMost !== void 0) c3.baselineAtMost = this.num(o2.baselineAtMost, `${p}/baselineAtMost`);
      return c3;
    });
  }
  obj(value, at) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(at, "must be an object");
    return value;
  }
  str(value, at, max) {
    if (typeof value !== "string") this.fail(at, "must be a string");
    return this.capped(value, max);
  }
  capped(value, max) {
    return value.length > max ? `${value.slice(0, max)}…` : value;
  }
  num(value, at) {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(at, "must be a finite number");
    return value;
  }
  count(value, at) {
    const n2 = this.num(value, at);
    if (!Number.isInteger(n2) || n2 < 0) this.fail(at, "must be a non-negative integer");
    return n2;
  }
};

// src/publish/untrusted-fields.ts
var ResultsFileError = class extends Error {
};
var LIMITS = { name: 200, text: 4e3, details: 2e4, variants: 1e4, rows: 2e3, problems: 1e3, entries: 2e3, command: 1e3, functions: 2e5 };
function fail(at, message) {
  throw new ResultsFileError(`${at || "/"} ${message}`);
}
function obj(value, at) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(at, "must be an object");
  return value;
}
function arr(value, at, max) {
  if (!Array.isArray(value)) fail(at, "must be an array");
  if (value.length > max) fail(at, `must have at most ${max} items`);
  return value;
}
function str(value, at, max) {
  if (typeof value !== "string") fail(at, "must be a string");
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
function num(value, at) {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(at, "must be a finite number");
  return value;
}
function count(value, at) {
  const n2 = num(value, at);
  if (!Number.isInteger(n2) || n2 < 0) fail(at, "must be a non-negative integer");
  return n2;
}
function record(value, at, read, max = LIMITS.entries) {
  const o2 = obj(value, at);
  const entries = Object.entries(o2);
  if (entries.length > max) fail(at, `must have at most ${max} entries`);
  return Object.fromEntries(entries.map(([k, v]) => [k.slice(0, LIMITS.name), read(v, `${at}/${k.slice(0, LIMITS.name)}`)]));
}
function bool(value, at) {
  if (typeof value !== "boolean") fail(at, "must be true or false");
  return value;
}
function oneOf(value, at, allowed) {
  if (!allowed.includes(value)) fail(at, `must be one of ${allowed.map((a2) => JSON.stringify(a2)).join(", ")}`);
  return value;
}
function pair(value, at) {
  const list = arr(value, at, 2);
  if (list.length !== 2) fail(at, "must have 2 numbers");
  return [num(list[0], `${at}/0`), num(list[1], `${at}/1`)];
}
function strRecord(value, at) {
  const o2 = obj(value, at);
  return Object.fromEntries(Object.entries(o2).slice(0, 50).map(([k, v]) => [k.slice(0, LIMITS.name), str(v, `${at}/${k}`, LIMITS.name)]));
}

// src/publish/results-file.ts
function parseResults(text, file) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ResultsFileError(`results file ${file} is not valid JSON: ${error.message}`);
  }
  try {
    return readResults(raw);
  } catch (error) {
    if (error instanceof ResultsFileError) throw new ResultsFileError(`results file ${file} is invalid: ${error.message}`);
    throw error;
  }
}
function readResults(raw) {
  const o2 = obj(raw, "");
  if (o2.schemaVersion !== 1) fail("/schemaVersion", "must be 1");
  const tool = obj(o2.tool, "/tool");
  const results = {
    schemaVersion: 1,
    tool: { name: "wasm-gate", version: str(tool.version, "/tool/version", LIMITS.name) },
    mode: oneOf(o2.mode, "/mode", ["check", "update", "validate"]),
    status: oneOf(o2.status, "/status", ["pass", "regressed", "error"]),
    exitCode: oneOf(o2.exitCode, "/exitCode", [0, 1, 2]),
    startedAt: str(o2.startedAt, "/startedAt", LIMITS.name),
    durationMs: num(o2.durationMs, "/durationMs"),
    tools: strRecord(o2.tools ?? {}, "/tools"),
    variants: arr(o2.variants, "/variants", LIMITS.variants).map((v, i2) => readVariant(v, `/variants/${i2}`)),
    problems: arr(o2.problems ?? [], "/problems", LIMITS.problems).map((p, i2) => readProblem(p, `/problems/${i2}`))
  };
  for (const key of ["configFile", "baselineFile", "reference", "commentKey", "missingBaseline"]) {
    if (o2[key] !== void 0) results[key] = str(o2[key], `/${key}`, LIMITS.text);
  }
  if (o2.pullRequest !== void 0) results.pullRequest = readPullRequest(o2.pullRequest, "/pullRequest");
  if (o2.acceptance !== void 0) results.acceptance = readAcceptance(o2.acceptance, "/acceptance");
  if (o2.baselineReview !== void 0) results.baselineReview = readReview(o2.baselineReview, "/baselineReview");
  if (o2.context !== void 0) results.context = readContext(o2.context, "/context");
  if (o2.selection !== void 0) results.selection = readSelection(o2.selection, "/selection");
  if (o2.against !== void 0) results.against = readAgainst(o2.against, "/against");
  return results;
}
function readAgainst(raw, at) {
  const o2 = obj(raw, at);
  const against = { ref: str(o2.ref, `${at}/ref`, LIMITS.text) };
  if (o2.sha !== void 0) {
    const sha = str(o2.sha, `${at}/sha`, 64);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) fail(`${at}/sha`, "must be a commit SHA");
    against.sha = sha;
  }
  if (o2.warning !== void 0) against.warning = str(o2.warning, `${at}/warning`, LIMITS.text);
  return against;
}
function readBaseBuild(raw, at) {
  const o2 = obj(raw, at);
  const base = { status: oneOf(o2.status, `${at}/status`, ["compared", "unchanged", "failed", "skipped"]) };
  for (const key of ["headBuildMs", "baseBuildMs"]) {
    if (o2[key] !== void 0) base[key] = num(o2[key], `${at}/${key}`);
  }
  if (o2.message !== void 0) base.message = str(o2.message, `${at}/message`, LIMITS.text);
  if (o2.details !== void 0) base.details = str(o2.details, `${at}/details`, LIMITS.details);
  return base;
}
function readSelection(raw, at) {
  const o2 = obj(raw, at);
  const names = (v, p) => arr(v, p, LIMITS.variants).map((n2, i2) => str(n2, `${p}/${i2}`, LIMITS.name));
  const selection = { variants: names(o2.variants, `${at}/variants`), configVariants: names(o2.configVariants, `${at}/configVariants`) };
  if (o2.shard !== void 0) {
    const shard = obj(o2.shard, `${at}/shard`);
    const index = count(shard.index, `${at}/shard/index`);
    const total = count(shard.count, `${at}/shard/count`);
    if (total < 1 || index < 1 || index > total) fail(`${at}/shard`, "must be K of N with 1 <= K <= N");
    selection.shard = { index, count: total };
  }
  return selection;
}
function readVariant(raw, at) {
  const o2 = obj(raw, at);
  return {
    name: str(o2.name, `${at}/name`, LIMITS.name),
    status: oneOf(o2.status, `${at}/status`, ["pass", "regressed", "improved", "new", "removed", "error"]),
    rows: arr(o2.rows ?? [], `${at}/rows`, LIMITS.rows).map((r, i2) => readRow(r, `${at}/rows/${i2}`)),
    problems: arr(o2.problems ?? [], `${at}/problems`, LIMITS.problems).map((p, i2) => readProblem(p, `${at}/problems/${i2}`)),
    ...o2.measurement === void 0 ? {} : { measurement: readMeasurement(o2.measurement, `${at}/measurement`) },
    ...o2.base === void 0 ? {} : { base: readBaseBuild(o2.base, `${at}/base`) },
    ...readFunctionFields(o2, at, fail)
  };
}
function readMeasurement(raw, at) {
  const o2 = obj(raw, at);
  const size = obj(o2.size, `${at}/size`);
  const m = {
    size: {
      raw: count(size.raw, `${at}/size/raw`),
      // absent when wasm-opt failed
      ...size.optimized === void 0 ? {} : { optimized: count(size.optimized, `${at}/size/optimized`) },
      gzip: count(size.gzip, `${at}/size/gzip`),
      brotli: count(size.brotli, `${at}/size/brotli`)
    },
    sections: record(o2.sections ?? {}, `${at}/sections`, (v, p) => count(v, p))
  };
  if (o2.optimizeFailed !== void 0 && bool(o2.optimizeFailed, `${at}/optimizeFailed`)) m.optimizeFailed = true;
  if (o2.functions !== void 0) m.functions = record(o2.functions, `${at}/functions`, (v, p) => count(v, p), LIMITS.functions);
  if (o2.functionNaming !== void 0) {
    const n2 = obj(o2.functionNaming, `${at}/functionNaming`);
    m.functionNaming = { named: count(n2.named, `${at}/functionNaming/named`), total: count(n2.total, `${at}/functionNaming/total`) };
    if (n2.note !== void 0) m.functionNaming.note = str(n2.note, `${at}/functionNaming/note`, LIMITS.text);
    if (n2.unnamedByOptimizer === true) m.functionNaming.unnamedByOptimizer = true;
  }
  if (o2.features !== void 0) m.features = readFeatures(o2.features, `${at}/features`);
  if (o2.bench !== void 0) m.bench = record(o2.bench, `${at}/bench`, readBench);
  for (const key of ["throughputVsReference", "throughputVsBase"]) {
    if (o2[key] === void 0) continue;
    m[key] = record(o2[key], `${at}/${key}`, (v, p) => {
      const r = obj(v, p);
      return { ratio: num(r.ratio, `${p}/ratio`), ci95: pair(r.ci95, `${p}/ci95`) };
    });
  }
  if (o2.benchErrors !== void 0) m.benchErrors = record(o2.benchErrors, `${at}/benchErrors`, (v, p) => str(v, p, LIMITS.text));
  if (o2.functionsOmitted !== void 0) m.functionsOmitted = readOmitted(o2.functionsOmitted, `${at}/functionsOmitted`);
  if (o2.fingerprint !== void 0) m.fingerprint = readFingerprint(o2.fingerprint, `${at}/fingerprint`);
  if (o2.reuse !== void 0) m.reuse = readReuse(o2.reuse, `${at}/reuse`);
  return m;
}
function readFingerprint(raw, at) {
  const o2 = obj(raw, at);
  const digest = (v, p) => {
    if (typeof v !== "string" || !/^[0-9a-f]{64}$/.test(v)) fail(p, "must be a sha256 digest (64 hex digits)");
    return v;
  };
  const f = { artifact: digest(o2.artifact, `${at}/artifact`), sizes: digest(o2.sizes, `${at}/sizes`) };
  if (o2.bench !== void 0) f.bench = digest(o2.bench, `${at}/bench`);
  if (o2.optimized !== void 0) f.optimized = digest(o2.optimized, `${at}/optimized`);
  return f;
}
function readReuse(raw, at) {
  const o2 = obj(raw, at);
  const reused = arr(o2.reused, `${at}/reused`, 2).map((p, i2) => oneOf(p, `${at}/reused/${i2}`, ["sizes", "counts"]));
  const r = { source: oneOf(o2.source, `${at}/source`, ["baseline", "cache"]), reused: [...new Set(reused)] };
  if (o2.optimizedAgain !== void 0 && bool(o2.optimizedAgain, `${at}/optimizedAgain`)) r.optimizedAgain = true;
  return r;
}
function readFeatures(raw, at) {
  const o2 = obj(raw, at);
  const names = (v, p) => arr(v, p, 100).map((name3, i2) => str(name3, `${p}/${i2}`, LIMITS.name));
  const f = { used: names(o2.used, `${at}/used`), enabled: names(o2.enabled, `${at}/enabled`) };
  if (o2.declared !== void 0) f.declared = names(o2.declared, `${at}/declared`);
  if (o2.undecoded !== void 0) f.undecoded = str(o2.undecoded, `${at}/undecoded`, LIMITS.text);
  return f;
}
function readOmitted(raw, at) {
  const o2 = obj(raw, at);
  return { functions: count(o2.functions, `${at}/functions`), total: count(o2.total, `${at}/total`), largest: count(o2.largest, `${at}/largest`) };
}
function readBench(raw, at) {
  const o2 = obj(raw, at);
  const b = { iterations: count(o2.iterations, `${at}/iterations`) };
  for (const key of ["cycles", "instructions", "peakMemoryBytes", "initialMemoryBytes", "samples"]) {
    if (o2[key] !== void 0) b[key] = count(o2[key], `${at}/${key}`);
  }
  if (o2.allocations !== void 0) b.allocations = allocations(o2.allocations, `${at}/allocations`, (v, p) => count(v, p));
  if (o2.allocationSizes !== void 0) b.allocationSizes = record(o2.allocationSizes, `${at}/allocationSizes`, (v, p) => count(v, p), 64);
  if (o2.heapOverhead !== void 0) b.heapOverhead = num(o2.heapOverhead, `${at}/heapOverhead`);
  if (o2.cache !== void 0) b.cache = cacheEvents(o2.cache, `${at}/cache`, (v, p) => count(v, p));
  if (o2.cyclesProfile !== void 0) b.cyclesProfile = record(o2.cyclesProfile, `${at}/cyclesProfile`, (v, p) => count(v, p), LIMITS.functions);
  if (o2.opsPerSec !== void 0) b.opsPerSec = num(o2.opsPerSec, `${at}/opsPerSec`);
  if (o2.opsPerSecCi95 !== void 0) b.opsPerSecCi95 = pair(o2.opsPerSecCi95, `${at}/opsPerSecCi95`);
  if (o2.allocStats !== void 0) b.allocStats = record(o2.allocStats, `${at}/allocStats`, (v, p) => num(v, p));
  if (o2.profile !== void 0) b.profile = record(o2.profile, `${at}/profile`, (v, p) => count(v, p), LIMITS.functions);
  if (o2.profileOmitted !== void 0) b.profileOmitted = readOmitted(o2.profileOmitted, `${at}/profileOmitted`);
  if (o2.cyclesProfileOmitted !== void 0) b.cyclesProfileOmitted = readOmitted(o2.cyclesProfileOmitted, `${at}/cyclesProfileOmitted`);
  return b;
}
function readContext(raw, at) {
  const o2 = obj(raw, at);
  const context = {};
  if (o2.runUrl !== void 0) {
    const url = str(o2.runUrl, `${at}/runUrl`, LIMITS.text);
    if (!isRunUrl(url)) fail(`${at}/runUrl`, "must be the URL of a workflow run (https://HOST/OWNER/REPO/actions/runs/ID)");
    context.runUrl = url;
  }
  if (o2.commands !== void 0) {
    const c3 = obj(o2.commands, `${at}/commands`);
    const command = (v, p) => {
      const text = str(v, p, LIMITS.command);
      if (/[\r\n\u0000-\u001f]/.test(text)) fail(p, "must be one line");
      return text;
    };
    const commands = { check: command(c3.check, `${at}/commands/check`), update: command(c3.update, `${at}/commands/update`) };
    if (c3.install !== void 0) commands.install = command(c3.install, `${at}/commands/install`);
    context.commands = commands;
  }
  return context;
}
var METRICS = [...SIZE_METRICS, ...BENCH_METRICS, "section"];
var UNITS = ["bytes", "instructions", "cycles", "ops/s"];
function readRow(raw, at) {
  const o2 = obj(raw, at);
  const row = {
    id: str(o2.id, `${at}/id`, LIMITS.name),
    metric: oneOf(o2.metric, `${at}/metric`, METRICS),
    label: str(o2.label, `${at}/label`, LIMITS.name),
    unit: oneOf(o2.unit, `${at}/unit`, UNITS),
    higherIsBetter: bool(o2.higherIsBetter, `${at}/higherIsBetter`),
    threshold: readThreshold(o2.threshold, `${at}/threshold`),
    status: oneOf(o2.status, `${at}/status`, ["pass", "regressed", "improved", "new", "removed", "info"])
  };
  if (o2.bench !== void 0) row.bench = str(o2.bench, `${at}/bench`, LIMITS.name);
  if (o2.failed !== void 0 && bool(o2.failed, `${at}/failed`)) row.failed = true;
  for (const key of ["baseline", "current", "delta", "vsReference", "vsBase", "initialMemoryBytes"]) {
    if (o2[key] !== void 0) row[key] = num(o2[key], `${at}/${key}`);
  }
  if (o2.deltaPct === null) row.deltaPct = Infinity;
  else if (o2.deltaPct !== void 0) row.deltaPct = num(o2.deltaPct, `${at}/deltaPct`);
  for (const key of ["ci95", "baselineCi95", "vsReferenceCi95", "vsBaseCi95"]) {
    if (o2[key] !== void 0) row[key] = pair(o2[key], `${at}/${key}`);
  }
  if (o2.vsBaseThreshold !== void 0) {
    const threshold = readThreshold(o2.vsBaseThreshold, `${at}/vsBaseThreshold`);
    if (threshold !== false) row.vsBaseThreshold = threshold;
  }
  if (o2.notComparable !== void 0) row.notComparable = bool(o2.notComparable, `${at}/notComparable`);
  if (o2.budget !== void 0) {
    const budget = obj(o2.budget, `${at}/budget`);
    row.budget = { limit: num(budget.limit, `${at}/budget/limit`), exceeded: bool(budget.exceeded, `${at}/budget/exceeded`) };
  }
  return row;
}
function readProblem(raw, at) {
  const o2 = obj(raw, at);
  const problem = {
    kind: oneOf(o2.kind, `${at}/kind`, ["config", "baseline", "build", "artifact", "optimize", "measure", "bench", "publish"]),
    message: str(o2.message, `${at}/message`, LIMITS.text)
  };
  if (o2.file !== void 0) problem.file = str(o2.file, `${at}/file`, LIMITS.text);
  if (o2.variant !== void 0) problem.variant = str(o2.variant, `${at}/variant`, LIMITS.name);
  if (o2.details !== void 0) problem.details = str(o2.details, `${at}/details`, LIMITS.details);
  return problem;
}
function readThreshold(raw, at) {
  if (raw === false) return false;
  const o2 = obj(raw, at);
  const threshold = {};
  if (o2.relative !== void 0) threshold.relative = num(o2.relative, `${at}/relative`);
  if (o2.absolute !== void 0) threshold.absolute = num(o2.absolute, `${at}/absolute`);
  return threshold;
}
function readPullRequest(raw, at) {
  const o2 = obj(raw, at);
  const number = num(o2.number, `${at}/number`);
  if (!Number.isInteger(number) || number < 1) fail(`${at}/number`, "must be a positive integer");
  const pr = { number };
  for (const key of ["headSha", "baseSha"]) {
    if (o2[key] === void 0) continue;
    const sha = str(o2[key], `${at}/${key}`, 64);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) fail(`${at}/${key}`, "must be a commit SHA");
    pr[key] = sha;
  }
  if (o2.repo !== void 0) pr.repo = str(o2.repo, `${at}/repo`, LIMITS.name);
  return pr;
}
function readAcceptance(raw, at) {
  const o2 = obj(raw, at);
  return { label: str(o2.label, `${at}/label`, LIMITS.name), applied: bool(o2.applied, `${at}/applied`) };
}
function readReview(raw, at) {
  const o2 = obj(raw, at);
  const review = {
    source: oneOf(o2.source, `${at}/source`, ["git", "api", "unavailable"]),
    baseSha: str(o2.baseSha, `${at}/baseSha`, 64),
    baselineChanged: bool(o2.baselineChanged, `${at}/baselineChanged`),
    thresholdsChanged: bool(o2.thresholdsChanged, `${at}/thresholdsChanged`),
    loosened: arr(o2.loosened ?? [], `${at}/loosened`, LIMITS.variants).map((l, i2) => readLoosening(l, `${at}/loosened/${i2}`))
  };
  if (o2.reason !== void 0) review.reason = str(o2.reason, `${at}/reason`, LIMITS.text);
  if (o2.baselineAdded !== void 0) review.baselineAdded = bool(o2.baselineAdded, `${at}/baselineAdded`);
  return review;
}
function readLoosening(raw, at) {
  const o2 = obj(raw, at);
  const l = {
    variant: str(o2.variant, `${at}/variant`, LIMITS.name),
    metric: str(o2.metric, `${at}/metric`, LIMITS.name),
    label: str(o2.label, `${at}/label`, LIMITS.name),
    unit: oneOf(o2.unit, `${at}/unit`, UNITS)
  };
  for (const key of ["from", "to", "deltaPct"]) {
    if (o2[key] !== void 0) l[key] = num(o2[key], `${at}/${key}`);
  }
  if (o2.thresholdFrom !== void 0) l.thresholdFrom = readThreshold(o2.thresholdFrom, `${at}/thresholdFrom`);
  if (o2.thresholdTo !== void 0) l.thresholdTo = readThreshold(o2.thresholdTo, `${at}/thresholdTo`);
  if (o2.budgetFrom !== void 0) l.budgetFrom = num(o2.budgetFrom, `${at}/budgetFrom`);
  if (o2.budgetTo !== void 0) l.budgetTo = o2.budgetTo === null ? null : num(o2.budgetTo, `${at}/budgetTo`);
  if (o2.droppedFromBaseline !== void 0) l.droppedFromBaseline = bool(o2.droppedFromBaseline, `${at}/droppedFromBaseline`);
  if (o2.perUnit !== void 0) {
    const p = obj(o2.perUnit, `${at}/perUnit`);
    l.perUnit = { fromIterations: num(p.fromIterations, `${at}/perUnit/fromIterations`), toIterations: num(p.toIterations, `${at}/perUnit/toIterations`) };
  }
  return l;
}

// src/merge/same-tools.ts
function shardToolDifferences(first, other) {
  const out = [];
  const compare = (what, a2, b) => {
    if (a2 !== b) out.push({ what, first: a2, other: b });
  };
  compare("optimizer (engine, version, flags)", optimizerOf(first.tools) ?? "none recorded", optimizerOf(other.tools) ?? "none recorded");
  compare("counting rules", first.tools.counting ?? "none (bench off)", other.tools.counting ?? "none (bench off)");
  if (timed(first) && timed(other) && first.tools.bench !== void 0 && other.tools.bench !== void 0) {
    compare("benchmark engine and settings", first.tools.bench, other.tools.bench);
  }
  return out;
}
function timed(results) {
  return results.variants.some((v) => Object.values(v.measurement?.bench ?? {}).some((b) => b.opsPerSec !== void 0));
}
function describeDifference(d, firstFile, otherFile) {
  return `the shards differ in ${d.what}: "${d.first}" in ${firstFile}, "${d.other}" in ${otherFile}`;
}

// src/merge/merge-results.ts
function mergeResults(inputs) {
  const problems = [];
  if (inputs.length === 0) {
    problems.push({ kind: "publish", message: "merge: no results files were given (pass the shards' results files, e.g. results-*.json)" });
    return finish(void 0, [], problems);
  }
  const first = inputs[0];
  const config = first.results.selection?.configVariants;
  const count3 = first.results.selection?.shard?.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { results, file } of inputs) {
    const selection = results.selection;
    if (!selection) {
      problems.push({ kind: "publish", file, message: `merge: ${file} is not a shard's results (it has no selection; write it with \`check --shard K/N --json\`)` });
      continue;
    }
    if (JSON.stringify(selection.configVariants) !== JSON.stringify(config)) {
      problems.push({ kind: "publish", file, message: `merge: ${file} comes from another config than ${first.file} (its variants differ): run every shard on the same commit` });
    }
    if (results.mode !== first.results.mode) problems.push({ kind: "publish", file, message: `merge: ${file} is a ${results.mode} run, ${first.file} a ${first.results.mode} run` });
    for (const d of shardToolDifferences(first.results, results)) {
      problems.push({ kind: "publish", file, message: `merge: ${describeDifference(d, first.file, file)}: their numbers do not compare (run every shard with the same config and wasm-gate version)` });
    }
    const shard = selection.shard;
    if (shard) {
      if (shard.count !== count3) problems.push({ kind: "publish", file, message: `merge: ${file} is shard ${shard.index}/${shard.count}, but ${first.file} is one of ${count3}` });
      const twin = seen.get(shard.index);
      if (twin) problems.push({ kind: "publish", file, message: `merge: shard ${shard.index}/${shard.count} is given twice (${twin} and ${file})` });
      seen.set(shard.index, file);
    }
  }
  if (count3 !== void 0) {
    for (let k = 1; k <= count3; k++) {
      if (!seen.has(k)) {
        problems.push({ kind: "publish", message: `merge: shard ${k}/${count3} is missing: no results file for it (did its job fail before writing results? upload them with \`if: always()\`)` });
      }
    }
  }
  const messages = new Set(problems.map((p) => p.message));
  for (const { results } of inputs) {
    for (const p of results.problems) {
      if (!messages.has(p.message)) {
        messages.add(p.message);
        problems.push(p);
      }
    }
  }
  const owned = /* @__PURE__ */ new Map();
  const removed = /* @__PURE__ */ new Map();
  for (const { results } of inputs) {
    const mine = new Set(results.selection?.variants ?? results.variants.map((v) => v.name));
    for (const v of results.variants) {
      if (v.status === "removed") removed.set(v.name, v);
      else if (mine.has(v.name) && !owned.has(v.name)) owned.set(v.name, v);
    }
  }
  const order = config ?? [...owned.keys()];
  const variants = [...order.flatMap((name3) => owned.has(name3) ? [owned.get(name3)] : []), ...[...removed.values()].filter((v) => !order.includes(v.name))];
  for (const name3 of order) {
    if (!owned.has(name3) && count3 !== void 0 && problems.every((p) => !p.message.includes("is missing"))) {
      problems.push({ kind: "publish", message: `merge: variant "${name3}" is in no shard's results` });
    }
  }
  return finish(first.results, variants, problems);
}
function finish(template, variants, problems) {
  const status = gateStatus(problems, variants);
  const { selection: _s, ...rest } = template ?? {};
  return {
    ...rest,
    schemaVersion: 1,
    tool: template?.tool ?? { name: "wasm-gate", version: "" },
    mode: template?.mode ?? "check",
    status,
    exitCode: exitCodeFor(status),
    startedAt: template?.startedAt ?? (/* @__PURE__ */ new Date(0)).toISOString(),
    durationMs: template?.durationMs ?? 0,
    tools: template?.tools ?? {},
    variants,
    problems
  };
}

// src/merge/run-merge.ts
async function runMerge(options) {
  const problems = [];
  const files = await expand(options.patterns, problems);
  const inputs = [];
  for (const file of files) {
    try {
      inputs.push({ file, results: parseResults(await readResults2(file), file) });
    } catch (error) {
      if (!(error instanceof ResultsFileError)) throw error;
      problems.push({ kind: "publish", file, message: `merge: ${error.message}` });
    }
  }
  const merged = mergeResults(inputs);
  if (inputs.length === 0 && problems.length > 0) merged.problems.splice(0, merged.problems.length);
  merged.problems.unshift(...problems);
  settle(merged);
  options.log.info(`merge: ${inputs.length} results files, ${merged.variants.length} variants: ${merged.status}`);
  const run = { results: merged };
  if (options.writeBaseline) run.baselineChanged = await writeMergedBaseline(merged, options.writeBaseline, options.log);
  return run;
}
function settle(results) {
  results.status = gateStatus(results.problems, results.variants);
  results.exitCode = exitCodeFor(results.status);
}
async function writeMergedBaseline(merged, where, log) {
  const refuse = (why) => {
    merged.problems.push({ kind: "baseline", file: where.baselineFile, message: `baseline ${where.baselineFile} was not written: ${why}` });
    settle(merged);
    return false;
  };
  const incomplete = merged.problems.filter((p) => p.kind === "publish");
  if (incomplete.length > 0) return refuse(`the shards' results are incomplete (${incomplete.length === 1 ? "see above" : `${incomplete.length} problems above`})`);
  let previous;
  let config;
  try {
    previous = await loadBaseline(where.baselineFile);
    config = await loadConfig(where.configFile);
  } catch (error) {
    if (error instanceof InputFileError && error.kind === "newer") return refuse(error.message);
    if (!(error instanceof InputFileError)) throw error;
    if (error.file === where.configFile) return refuse(error.message);
  }
  const names = merged.selection?.configVariants ?? config?.variants.map((v) => v.name) ?? merged.variants.map((v) => v.name);
  const measured = new Map(
    merged.variants.filter((v) => v.status !== "error" && v.status !== "removed" && v.measurement).map((v) => [v.name, v.measurement])
  );
  if (measured.size === 0) return refuse("no variant measured");
  const next = nextBaseline(previous, { variants: names, measured, tools: merged.tools, now: /* @__PURE__ */ new Date(), ...config ? { thresholds: config.thresholds } : {} });
  const changed = baselineChanged(previous, next.baseline);
  try {
    await writeFileAtomic(where.baselineFile, serializeBaseline(next.baseline), "baseline");
  } catch (error) {
    return refuse(error.message);
  }
  const kept = next.kept.length > 0 ? `; kept the previous entries of ${next.kept.join(", ")}, which failed` : "";
  log.info(`wrote ${where.baselineFile} from ${measured.size} of ${names.length} variants${kept}${changed ? "" : " (no change)"}`);
  return changed;
}
async function readResults2(file) {
  try {
    return (await readInputFile(file, "results file")).toString("utf8");
  } catch (error) {
    if (error instanceof InputReadError && (error.code === "not-regular" || error.code === "too-large")) throw new ResultsFileError(error.message);
    throw new ResultsFileError(`cannot read the results file ${file} (${error.code ?? error.message})`);
  }
}
async function expand(patterns, problems) {
  const files = [];
  for (const pattern of patterns) {
    const base = path7.basename(pattern);
    if (!/[*?]/.test(base)) {
      files.push(path7.resolve(pattern));
      continue;
    }
    const dir = path7.resolve(path7.dirname(pattern));
    const names = await readdir2(dir).catch(() => []);
    const matched = names.filter((n2) => globMatch(base, n2)).sort((a2, b) => a2.localeCompare(b, "en", { numeric: true }));
    if (matched.length === 0) problems.push({ kind: "publish", message: `merge: no file matches ${pattern} (in ${dir})` });
    files.push(...matched.map((n2) => path7.join(dir, n2)));
  }
  return [...new Set(files)];
}

// src/shard/select.ts
var SelectionError = class extends Error {
};
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) throw new SelectionError(`--shard takes K/N, e.g. --shard 2/4 (got "${text}")`);
  const index = Number(m[1]);
  const count3 = Number(m[2]);
  if (count3 < 1 || index < 1 || index > count3) throw new SelectionError(`--shard ${text}: K must be between 1 and N (e.g. 1/${Math.max(count3, 1)})`);
  return { index, count: count3 };
}
function shardVariants(all, shard) {
  return all.filter((_, i2) => i2 % shard.count === shard.index - 1);
}
function selectVariants(all, options) {
  let owned = [...all];
  if (options.variants) {
    const unknown = options.variants.filter((v) => !all.includes(v));
    if (unknown.length > 0) throw new SelectionError(`--variants names ${unknown.map((u2) => `"${u2}"`).join(", ")}, which the config does not have (it has: ${all.join(", ")})`);
    owned = owned.filter((v) => options.variants?.includes(v));
  }
  if (options.shard) owned = owned.filter((v) => shardVariants(all, options.shard).includes(v));
  const needsReference = options.reference !== void 0 && owned.length > 0 && !owned.includes(options.reference);
  return { owned, ...needsReference ? { referenceOnly: options.reference } : {} };
}

// src/variant-build/git.ts
import { execFile, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path8 from "node:path";
var GIT_TIME_LIMIT_MS = 12e4;
var GitError = class extends Error {
};
function gitEnv(base) {
  const env = {};
  for (const [name3, value] of Object.entries(base)) if (!/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|COMMON_DIR|NAMESPACE)$/.test(name3)) env[name3] = value;
  return { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
}
var NO_HOOKS = ["-c", "core.hooksPath=/dev/null"];
function git(cwd, args, env) {
  return new Promise((resolve) => {
    execFile("git", [...NO_HOOKS, ...args], { cwd, env: gitEnv(env), timeout: GIT_TIME_LIMIT_MS, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const why = error && error.code === "ENOENT" ? "git is not installed (or not on PATH)" : "";
      resolve({ ok: !error, stdout: String(stdout), stderr: why || String(stderr).trim() });
    });
  });
}
async function repositoryRoot(dir, env = process.env) {
  const result = await git(dir, ["rev-parse", "--show-prefix"], env);
  if (!result.ok) throw new GitError(`${dir} is not in a git repository (${firstLine(result.stderr)}): --against builds the base commit in a git worktree of the config file's repository`);
  const depth = result.stdout.trim().split("/").filter(Boolean).length;
  return path8.resolve(dir, ...Array(depth).fill(".."));
}
async function resolveCommit(dir, ref, env = process.env) {
  const result = await git(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], env);
  if (result.ok) return { sha: result.stdout.trim() };
  return { why: firstLine(result.stderr) || "no such commit in this checkout" };
}
async function fetchCommit(dir, sha, env = process.env) {
  const result = await git(dir, ["fetch", "--no-tags", "--depth=1", "--end-of-options", "origin", sha], env);
  return { ok: result.ok, why: firstLine(result.stderr) };
}
async function addWorktree(root, dir, sha, env = process.env) {
  const result = await git(root, ["worktree", "add", "--detach", "--force", dir, sha], env);
  if (!result.ok) throw new GitError(`git worktree add of ${sha} in ${dir} failed: ${firstLine(result.stderr)}`);
}
async function removeWorktree(root, dir, env = process.env) {
  await git(root, ["worktree", "remove", "--force", "--force", dir], env);
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  await git(root, ["worktree", "prune"], env);
}
function removeWorktreeNow(root, dir, env = process.env) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    execFileSync("git", [...NO_HOOKS, "worktree", "prune"], { cwd: root, env: gitEnv(env), stdio: "ignore", timeout: 1e4 });
  } catch {
  }
}
function firstLine(text) {
  return text.split("\n").find((line) => line.trim())?.trim().replace(/^(fatal|error): /, "") ?? "";
}

// src/lines.ts
function lastLines(text, count3) {
  return text.trimEnd().split("\n").slice(-count3).join("\n");
}
var CONSOLE_WIDTH = 120;
var ANSI = /\u001b\[\d+m/g;
function fitWidth(line, width = CONSOLE_WIDTH) {
  const plain = line.replace(ANSI, "");
  if ([...plain].length <= width) return [line];
  const code = /^(\u001b\[\d+m)/.exec(line)?.[1];
  const closed = line.endsWith("\x1B[0m");
  const indent2 = `${/^\s*/.exec(plain)?.[0] ?? ""}  `;
  const pieces = [];
  let current = "";
  const room = () => width - [...current].length;
  for (const word of plain.trim().split(/ +/)) {
    let rest = [...word];
    const gap = current.trim() === "" ? 0 : 1;
    if (rest.length + gap > room() && current.trim() !== "") {
      pieces.push(current);
      current = indent2;
    }
    if (current === "") current = /^\s*/.exec(plain)?.[0] ?? "";
    else if (current.trim() !== "") current += " ";
    while (rest.length > room()) {
      const take = Math.max(1, room());
      current += rest.slice(0, take).join("");
      rest = rest.slice(take);
      pieces.push(current);
      current = indent2;
    }
    current += rest.join("");
  }
  if (current.trim() !== "") pieces.push(current);
  if (!code) return pieces;
  return pieces.map((p, i2) => `${code}${p}${i2 < pieces.length - 1 || closed ? "\x1B[0m" : ""}`);
}

// src/log.ts
function consoleLogger(stream = process.stderr, verbose = false) {
  const write = (text) => {
    stream.write(`${text}
`);
  };
  const fitted = (text) => write(text.split("\n").flatMap((line) => fitWidth(line)).join("\n"));
  return {
    info: fitted,
    warn: (m) => fitted(`warning: ${m}`),
    error: (m) => fitted(`error: ${m}`),
    detail: (m) => {
      if (verbose) write(`  | ${m}`);
    },
    group: async (title2, fn) => {
      fitted(title2);
      return fn();
    }
  };
}

// src/pipeline.ts
import path21 from "node:path";

// src/bench/phase-text.ts
function throttled(ms) {
  let last = -Infinity;
  return () => {
    const now = performance.now();
    if (now - last < ms) return false;
    last = now;
    return true;
  };
}
function formatSeconds(ms) {
  return ms >= 1e4 ? `${Math.round(ms / 1e3)} s` : `${(ms / 1e3).toFixed(1)} s`;
}
function plural(count3, noun) {
  return `${count3.toLocaleString("en-US")} ${noun}${count3 === 1 ? "" : "s"}`;
}
function listSome(names, max) {
  return names.length <= max ? names.join(", ") : `${names.slice(0, max).join(", ")}, … and ${(names.length - max).toLocaleString("en-US")} more`;
}
function round4(value) {
  return Number(value.toPrecision(4));
}

// src/baseline/write-update.ts
async function writeUpdatedBaseline(update) {
  const { file, config } = update;
  const refused = (why) => ({ kind: "baseline", file, message: `baseline ${file} was not written: ${why}` });
  const measured = new Map(update.outcomes.filter((o2) => o2.problems.length === 0 && o2.measurement).map((o2) => [o2.name, o2.measurement]));
  if (update.unwritable) return { written: false, problem: refused("it was written by a newer wasm-gate (see above)") };
  if (measured.size === 0) return { written: false, problem: refused("no variant measured (fix the errors above and run update again)") };
  const next = nextBaseline(update.previous, { variants: config.variants.map((v) => v.name), measured, tools: update.tools, now: /* @__PURE__ */ new Date(), thresholds: config.thresholds });
  const changed = baselineChanged(update.previous, next.baseline);
  try {
    await writeFileAtomic(file, serializeBaseline(next.baseline), "baseline");
  } catch (error) {
    return { written: false, changed: false, problem: refused(error.message) };
  }
  const notes = [
    next.kept.length > 0 ? `kept the previous entries of ${listSome(next.kept, 10)}, which failed` : "",
    next.missing.length > 0 ? `no entry for ${listSome(next.missing, 10)}, which failed` : ""
  ].filter(Boolean);
  update.log.info(`wrote ${file} (${measured.size} of ${config.variants.length} variants measured${notes.length > 0 ? `; ${notes.join("; ")}` : ""})${changed ? "" : " (no change)"}`);
  return { written: true, changed };
}

// src/bench/worker-client.ts
import { fork } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import path9 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/processes.ts
import os from "node:os";
var running = /* @__PURE__ */ new Set();
var cancelledBy;
var CANCEL_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var CANCEL_REPORT_MS = 5e3;
function ownProcess(stop) {
  if (cancelledBy !== void 0) {
    stop();
    return () => {
    };
  }
  running.add(stop);
  return () => {
    running.delete(stop);
  };
}
function cancellation() {
  return cancelledBy;
}
function quietAfterCancel(log) {
  const unlessCancelled = (write) => (m) => {
    if (cancelledBy === void 0) write(m);
  };
  return {
    info: unlessCancelled((m) => log.info(m)),
    warn: unlessCancelled((m) => log.warn(m)),
    error: unlessCancelled((m) => log.error(m)),
    detail: unlessCancelled((m) => log.detail(m)),
    group: (title2, fn) => log.group(title2, fn)
  };
}
function signalExitCode(signal) {
  return 128 + (os.constants.signals[signal] ?? 0);
}
function exitOnSignal(report) {
  const onSignal = (signal) => {
    if (cancelledBy !== void 0) process.exit(signalExitCode(cancelledBy));
    cancelledBy = signal;
    stopAll();
    const code = signalExitCode(signal);
    setTimeout(() => process.exit(code), CANCEL_REPORT_MS);
    report(signal).then(
      () => process.exit(code),
      () => process.exit(code)
    );
  };
  for (const signal of CANCEL_SIGNALS) process.on(signal, onSignal);
}
function stopAll() {
  for (const stop of [...running]) {
    try {
      stop();
    } catch {
    }
  }
  running.clear();
}

// src/bench/worker-client.ts
var WorkerTimeout = class extends Error {
};
var WorkerDied = class extends Error {
};
var ModuleFailure = class extends Error {
};
function workerScript() {
  const here = path9.dirname(fileURLToPath2(import.meta.url));
  const bundled = path9.join(here, "bench-worker.js");
  return existsSync4(bundled) ? bundled : path9.join(here, "worker.ts");
}
function workerFlags(memoryLimitMb) {
  return ["--no-liftoff", "--expose-gc", `--wasm-max-mem-pages=${memoryLimitMb * 16}`, "--no-warnings"];
}
var BenchWorker = class {
  child;
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  stderr = "";
  exited;
  constructor(options) {
    this.child = fork(workerScript(), [], {
      execArgv: workerFlags(options.memoryLimitMb),
      env: options.env,
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"]
    });
    const release = ownProcess(() => this.kill());
    this.child.stderr?.on("data", (chunk) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4e3);
    });
    this.child.on("message", (reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(reply.module ? new ModuleFailure(reply.error) : new Error(reply.error));
    });
    this.child.on("exit", (code, signal) => {
      release();
      if (this.exited !== void 0) return;
      const lastLine2 = this.stderr.trim().split("\n").slice(-3).join(" | ");
      this.exited = `the benchmark process died (${signal ?? `exit code ${code}`})${lastLine2 ? `: ${lastLine2}` : ""}`;
      for (const waiting of this.pending.values()) waiting.reject(new WorkerDied(this.exited));
      this.pending.clear();
    });
  }
  request(request, timeoutMs) {
    if (this.exited) return Promise.reject(new WorkerDied(this.exited));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        setImmediate(() => {
          if (!this.pending.has(id)) return;
          this.pending.delete(id);
          this.kill();
          reject(new WorkerTimeout(`did not finish within the time limit (${Math.round(timeoutMs)} ms; an endless loop?)`));
        });
      }, Math.max(1, timeoutMs));
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        }
      });
      this.child.send({ ...request, id });
    });
  }
  get alive() {
    return this.exited === void 0;
  }
  kill() {
    if (this.exited !== void 0) return;
    this.exited = "the benchmark process was stopped";
    this.child.kill("SIGKILL");
    for (const waiting of this.pending.values()) waiting.reject(new WorkerDied(this.exited));
    this.pending.clear();
  }
};

// src/bench/variant-run.ts
var MODULE_KEY = "module";
var Budget = class {
  constructor(limitMs, running2 = true) {
    this.limitMs = limitMs;
    if (running2) this.since = performance.now();
  }
  limitMs;
  usedMs = 0;
  since;
  get leftMs() {
    return this.limitMs - this.elapsedMs;
  }
  /** time spent running */
  get elapsedMs() {
    return this.usedMs + (this.since === void 0 ? 0 : performance.now() - this.since);
  }
  get spent() {
    return this.leftMs <= 0;
  }
  resume() {
    this.since ??= performance.now();
  }
  pause() {
    if (this.since === void 0) return;
    this.usedMs += performance.now() - this.since;
    this.since = void 0;
  }
  describe() {
    return `the bench phase's total budget of ${formatSeconds(this.limitMs)} (bench.totalTimeLimitMs)`;
  }
};
var BudgetSpent = class extends Error {
};
var BudgetShare = class {
  /** `index` of `count` variants in this pass; `passesAfter`: the passes every variant has still to come */
  constructor(budget, index, count3, passesAfter = 0) {
    this.budget = budget;
    this.others = passesAfter > 0 ? count3 - 1 : count3 - index - 1;
    const turns = count3 - index + (count3 - 1) * passesAfter;
    this.startedMs = budget.elapsedMs;
    this.limitMs = budget.leftMs / Math.max(1, turns);
  }
  budget;
  startedMs;
  limitMs;
  others;
  get leftMs() {
    return Math.min(this.budget.leftMs, this.limitMs - (this.budget.elapsedMs - this.startedMs));
  }
  get spent() {
    return this.leftMs <= 0;
  }
  describe() {
    return this.others > 0 && !this.budget.spent ? `its share of ${this.budget.describe()}, the rest kept for ${plural(this.others, "other variant")}` : this.budget.describe();
  }
};
async function ensureWorker(input, run, budget) {
  run.worker?.kill();
  run.worker = new BenchWorker({ env: input.env, memoryLimitMb: input.config.bench.memoryLimitMb });
  const limit = Math.max(input.config.bench.timeLimitMs, LOAD_TIME_FLOOR_MS);
  return run.worker.request({ op: "load", plain: run.plain, counted: run.counted, host: run.host, ...run.allocation ? { allocation: run.allocation } : {} }, Math.min(limit, Math.max(1, budget.leftMs)));
}
var LOAD_TIME_FLOOR_MS = 1e4;
async function ask(input, run, bench2, request, budget) {
  const moduleProblem = run.result.errors[MODULE_KEY];
  if (moduleProblem) throw new ModuleFailure(moduleProblem);
  if (run.result.errors[bench2]) throw new Error(run.result.errors[bench2]);
  if (budget.spent) throw new BudgetSpent(budget.describe());
  if (!run.worker?.alive) await ensureWorker(input, run, budget);
  const spent = run.spent.get(bench2) ?? 0;
  const started = performance.now();
  const ownLeft = input.config.bench.timeLimitMs - spent;
  const budgetLeft = budget.leftMs;
  try {
    return await run.worker.request(request, Math.min(ownLeft, budgetLeft));
  } catch (error) {
    if (error instanceof ModuleFailure) {
      run.result.errors[MODULE_KEY] = error.message;
      input.log.warn(`bench: ${run.name}: ${error.message}`);
      throw error;
    }
    const limit = formatSeconds(input.config.bench.timeLimitMs);
    run.result.errors[bench2] = error instanceof WorkerTimeout ? budgetLeft < ownLeft ? `stopped: ${budget.describe()} ran out while it ran` : `did not finish within its time limit of ${limit} (an endless loop? raise bench.timeLimitMs if it is just slow)` : error.message;
    delete run.result.measurements[bench2];
    throw error;
  } finally {
    run.spent.set(bench2, spent + performance.now() - started);
  }
}
function markNotRun(run, names) {
  for (const name3 of names) if (!run.result.notRun.includes(name3) && !run.result.errors[name3]) run.result.notRun.push(name3);
}

// src/bench/bench-outcomes.ts
function attachBenchResults(outcomes, bench2, config) {
  for (const outcome of outcomes) {
    const result = bench2.byVariant.get(outcome.name);
    if (!result || !outcome.measurement) continue;
    if (Object.keys(result.measurements).length > 0) outcome.measurement.bench = result.measurements;
    if (Object.keys(result.vsReference).length > 0) outcome.measurement.throughputVsReference = result.vsReference;
    if (result.vsBase && Object.keys(result.vsBase).length > 0) outcome.measurement.throughputVsBase = result.vsBase;
    if (Object.keys(result.errors).length > 0) {
      outcome.measurement.benchErrors = result.errors;
      for (const [name3, reason] of Object.entries(result.errors)) {
        const what = name3 === MODULE_KEY ? "benchmarks cannot run: " : reason.startsWith(`benchmark ${name3} `) ? "" : `benchmark ${name3} failed: `;
        outcome.problems.push({ kind: "bench", variant: outcome.name, message: `variant "${outcome.name}": ${what}${reason}${benchHint(reason)}` });
      }
    }
    if (result.notRun.length > 0 || result.notTimed.length > 0) {
      const parts = [
        result.notRun.length > 0 ? `${result.notRun.length} not run (${listSome(result.notRun, 5)})` : "",
        result.notTimed.length > 0 ? `${result.notTimed.length} counted but not timed (${listSome(result.notTimed, 5)})` : ""
      ].filter(Boolean);
      outcome.problems.push({
        kind: "bench",
        variant: outcome.name,
        message: `variant "${outcome.name}": the bench phase's total budget of ${Math.round(config.bench.totalTimeLimitMs / 1e3)} s ran out: ${parts.join("; ")}. Raise bench.totalTimeLimitMs, or run fewer benchmarks (bench.exports)`
      });
    }
  }
}
function benchHint(reason) {
  if (reason.includes("bench.maxBenchmarks")) return "";
  if (reason.includes("trapped at instantiation")) return ' (fix its start-up code, or set "bench": false on this variant to gate its sizes only)';
  if (reason.includes("bench.imports")) return '; or set "bench": false on this variant to gate its sizes only';
  if (/\bimport/.test(reason)) return ' (provide the import with bench.imports, or set "bench": false on this variant to gate its sizes only)';
  return ' (fix the benchmark, or set "bench": false on this variant to gate its sizes only)';
}

// src/units.ts
var NBSP = " ";
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function threeDigits(x) {
  const a2 = Math.abs(x);
  return String(Number(x.toFixed(a2 >= 99.95 ? 0 : a2 >= 9.995 ? 1 : 2)));
}
var BYTE_UNITS = [
  [1024 ** 3, "GiB"],
  [1024 ** 2, "MiB"],
  [1024, "KiB"]
];
function formatBytes(bytes2) {
  const a2 = Math.abs(bytes2);
  if (a2 < 10 * 1024) return `${integer.format(bytes2)}${NBSP}B`;
  for (const [size, unit] of BYTE_UNITS) if (a2 >= size) return `${threeDigits(bytes2 / size)}${NBSP}${unit}`;
  return `${integer.format(bytes2)}${NBSP}B`;
}
var COUNT_UNITS = [
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "K"]
];
function formatCount(count3) {
  const a2 = Math.abs(count3);
  if (a2 < 1e4) return Number.isInteger(count3) ? integer.format(count3) : count3.toPrecision(3);
  for (const [size, unit] of COUNT_UNITS) if (a2 >= size) return `${threeDigits(count3 / size)}${NBSP}${unit}`;
  return integer.format(count3);
}

// src/bench/iterations.ts
var TARGET_INSTRUCTIONS = 2e7;
var MEMORY_GROWTH_BUDGET = 256 * 1024 * 1024;
var MAX_ITERATIONS = 1e7;
var PROBE_FACTOR = 8;
function nextProbe(first, last) {
  const work = last.instructions - first.instructions;
  const growth = last.peakMemoryBytes - first.peakMemoryBytes;
  if (work >= TARGET_INSTRUCTIONS / 10 || growth >= MEMORY_GROWTH_BUDGET / 10 || last.iterations >= MAX_ITERATIONS) return void 0;
  return Math.min(MAX_ITERATIONS, last.iterations * PROBE_FACTOR);
}
function chooseIterations(one, probe) {
  const units = Math.max(1, probe.iterations - one.iterations);
  const perUnit = Math.max(1, (probe.instructions - one.instructions) / units);
  const memoryPerUnit = Math.max(0, (probe.peakMemoryBytes - one.peakMemoryBytes) / units);
  const byInstructions = TARGET_INSTRUCTIONS / perUnit;
  const byMemory = memoryPerUnit > 0 ? MEMORY_GROWTH_BUDGET / memoryPerUnit : Infinity;
  return niceFloor(Math.max(1, Math.min(byInstructions, byMemory, MAX_ITERATIONS)));
}
function niceFloor(n2) {
  const power = 10 ** Math.floor(Math.log10(n2));
  for (const step of [5, 2, 1]) if (step * power <= n2) return step * power;
  return 1;
}

// src/bench/known-counts.ts
function storedIterations(mode, baseline, variant, bench2) {
  return mode === "check" ? own(own(baseline?.variants, variant)?.bench, bench2)?.iterations : void 0;
}
function knownAt(known, bench2, iterations) {
  const result = own(known?.results, bench2);
  return result && iterations !== void 0 && result.iterations === iterations ? result : void 0;
}
function knownStartMemory(known, bench2, result) {
  return own(known.startMemoryBytes, bench2) ?? result.initialMemoryBytes ?? 0;
}

// src/bench/memory-budget.ts
var MAX_BATCH = 1e7;
var GROWTH_MARGIN = 1.25;
function growthPerUnit(startMemoryBytes, peakMemoryBytes, iterations) {
  return Math.max(0, peakMemoryBytes - startMemoryBytes) / Math.max(1, iterations);
}
function maxBatchForMemory(bytesPerUnit, startMemoryBytes, limitBytes) {
  if (bytesPerUnit <= 0) return MAX_BATCH;
  const room = limitBytes / 2 - startMemoryBytes;
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(room / (bytesPerUnit * GROWTH_MARGIN))));
}

// src/bench/profile.ts
function namedProfile(counts2, keys, module2) {
  let names = keys;
  if (!names || names.length !== counts2.length) {
    const { importedFunctions } = readFunctionBodies(module2);
    names = counts2.map((_, i2) => unnamedKey(importedFunctions + i2));
  }
  const used = [];
  const values2 = [];
  counts2.forEach((count3, i2) => {
    if (count3 === 0) return;
    used.push(names[i2]);
    values2.push(count3);
  });
  return sumByKey(used, values2);
}

// src/bench/count-phase.ts
async function countPhase(input, runs, budget) {
  const { baseline, mode, log } = input;
  const calibrated = /* @__PURE__ */ new Map();
  const stored = (run, bench2) => storedIterations(mode, baseline, run.name, bench2);
  for (const [i2, run] of runs.entries()) {
    const progress = throttled(2e3);
    const share = new BudgetShare(budget, i2, runs.length, 1 + timingPasses(input));
    for (const [index, { entry, spec }] of run.entries.entries()) {
      if (stored(run, entry.name) !== void 0) continue;
      if (share.spent) break;
      if (progress()) log.info(`bench: ${run.name}: calibrating [${(index + 1).toLocaleString("en-US")}/${run.entries.length.toLocaleString("en-US")}] ${entry.name}`);
      try {
        const samples = [await countAt(input, run, spec, 1, share)];
        for (let n3 = nextProbe(samples[0], samples[0]); n3 !== void 0; n3 = nextProbe(samples[0], samples.at(-1))) {
          samples.push(await countAt(input, run, spec, n3, share));
        }
        const last = samples.at(-1);
        const n2 = samples.length < 2 ? 1 : chooseIterations(samples.at(-2), last);
        calibrated.set(entry.name, Math.min(n2, calibrated.get(entry.name) ?? Infinity));
      } catch {
      }
    }
  }
  for (const [i2, run] of runs.entries()) {
    await countEntries(input, run, new BudgetShare(budget, i2, runs.length, timingPasses(input)), (bench2) => stored(run, bench2) ?? calibrated.get(bench2), "not run");
  }
}
function timingPasses(input) {
  return input.config.bench.throughput ? 2 : 0;
}
var direct = (work) => work();
async function countStored(input, run, budget, around = direct) {
  await countEntries(input, run, budget, (bench2) => storedIterations(input.mode, input.baseline, run.name, bench2), "later", around);
}
async function countEntries(input, run, budget, iterationsOf, unknown, around = direct) {
  const { log } = input;
  const known = input.known?.get(run.name);
  const total = run.entries.length;
  const todo = run.entries.map((e, index) => ({ ...e, index })).filter(({ entry }) => !run.result.measurements[entry.name] && !run.result.errors[entry.name] && (unknown === "not run" || iterationsOf(entry.name) !== void 0));
  const reused = todo.filter(({ entry }) => knownAt(known, entry.name, iterationsOf(entry.name))).map(({ entry }) => entry.name);
  if (reused.length > 0) log.info(`bench: ${run.name}: counts of ${plural(reused.length, "benchmark")} reused (unchanged artifact): ${listSome(reused, 10)}`);
  for (const [k, { entry, spec, index }] of todo.entries()) {
    if (budget.spent) {
      markNotRun(run, todo.slice(k).map((e) => e.entry.name));
      log.warn(`bench: ${run.name}: ${plural(todo.length - k, "benchmark")} not run: ${budget.describe()} is spent`);
      break;
    }
    const iterations = iterationsOf(entry.name);
    if (iterations === void 0) {
      markNotRun(run, [entry.name]);
      continue;
    }
    const reusedCount = knownAt(known, entry.name, iterations);
    if (reusedCount) {
      const startBytes = knownStartMemory(known, entry.name, reusedCount);
      run.result.measurements[entry.name] = withHeapOverhead({ ...reusedCount });
      run.result.startMemoryBytes[entry.name] = startBytes;
      run.memory.set(entry.name, { startBytes, bytesPerUnit: growthPerUnit(startBytes, reusedCount.peakMemoryBytes ?? startBytes, iterations) });
      continue;
    }
    await around(() => countOne(input, run, entry.name, spec, iterations, `${index + 1}/${total}`, budget));
  }
}
async function countOne(input, run, name3, spec, iterations, position, budget) {
  const started = performance.now();
  try {
    const counted = await ask(input, run, name3, { op: "count", bench: spec, iterations }, budget);
    const keys = input.functionKeys?.get(run.name);
    run.result.measurements[name3] = withHeapOverhead({
      iterations,
      ...counted.cycles === void 0 ? {} : { cycles: counted.cycles },
      ...counted.instructions === null ? {} : { instructions: counted.instructions },
      ...counted.profile ? { profile: namedProfile(counted.profile, keys, run.plain) } : {},
      ...counted.cyclesProfile ? { cyclesProfile: namedProfile(counted.cyclesProfile, keys, run.plain) } : {},
      ...counted.cache ? { cache: counted.cache } : {},
      peakMemoryBytes: counted.peakMemoryBytes,
      initialMemoryBytes: counted.initialMemoryBytes,
      ...allocationFields(counted),
      ...Object.keys(counted.allocStats).length > 0 ? { allocStats: counted.allocStats } : {}
    });
    if (counted.allocationProblem) input.log.warn(`bench: ${run.name} ${name3}: no allocation statistics: the module as built (with allocator hooks) failed: ${counted.allocationProblem}`);
    run.memory.set(name3, { startBytes: counted.startMemoryBytes, bytesPerUnit: growthPerUnit(counted.startMemoryBytes, counted.peakMemoryBytes, iterations) });
    run.result.startMemoryBytes[name3] = counted.startMemoryBytes;
    input.log.info(
      // The report's units (report/format.ts), so progress and tables read alike.
      `bench: ${run.name} [${position}] ${name3}: ${formatCount(iterations)} iterations, ${counted.cycles === void 0 ? "" : `${formatCount(counted.cycles)} cycles, `}${counted.instructions === null ? "no" : formatCount(counted.instructions)} instructions, peak memory ${formatBytes(counted.peakMemoryBytes)}, initially ${formatBytes(counted.initialMemoryBytes)} (${formatSeconds(performance.now() - started)})`.replaceAll(NBSP, " ")
    );
  } catch (error) {
    if (error instanceof BudgetSpent) markNotRun(run, [name3]);
    else if (!(error instanceof ModuleFailure)) input.log.warn(`bench: ${run.name} ${name3} failed: ${run.result.errors[name3]}`);
  }
}
function allocationFields(counted) {
  if (!counted.allocations) return {};
  return { allocations: counted.allocations, ...counted.allocationSizes ? { allocationSizes: counted.allocationSizes } : {} };
}
function withHeapOverhead(m) {
  const live = m.allocations?.peakLiveBytes;
  if (!live || m.peakMemoryBytes === void 0 || m.initialMemoryBytes === void 0) return m;
  return { ...m, heapOverhead: Math.round((m.peakMemoryBytes - m.initialMemoryBytes) / live * 1e3) / 1e3 };
}
async function countAt(input, run, spec, iterations, budget) {
  const reply = await ask(input, run, spec.name, { op: "count", bench: spec, iterations }, budget);
  return { iterations, instructions: reply.instructions ?? 0, peakMemoryBytes: reply.peakMemoryBytes };
}

// src/wasm/function-asm.ts
var I32 = 127;
var I64 = 126;
var F32 = 125;
var F64 = 124;
var V128 = 123;
var FunctionAsm = class extends ByteWriter {
  /** memory index of the loads and stores below (the cache model's own memory) */
  memory;
  constructor(locals = [], memory = 0) {
    super(128);
    this.memory = memory;
    this.u32(locals.length);
    for (const type of locals) {
      this.u32(1);
      this.byte(type);
    }
  }
  op(...bytes2) {
    for (const b of bytes2) this.byte(b);
    return this;
  }
  get(local) {
    this.byte(32);
    this.u32(local);
    return this;
  }
  set(local) {
    this.byte(33);
    this.u32(local);
    return this;
  }
  tee(local) {
    this.byte(34);
    this.u32(local);
    return this;
  }
  globalGet(index) {
    this.byte(35);
    this.u32(index);
    return this;
  }
  globalSet(index) {
    this.byte(36);
    this.u32(index);
    return this;
  }
  i32(value) {
    this.byte(65);
    this.sLeb(value | 0);
    return this;
  }
  i64(value) {
    this.byte(66);
    this.sLeb(value);
    return this;
  }
  call(index) {
    this.byte(16);
    this.u32(index);
    return this;
  }
  /** if / block / loop with no result */
  if() {
    return this.op(4, 64);
  }
  block() {
    return this.op(2, 64);
  }
  loop() {
    return this.op(3, 64);
  }
  end() {
    return this.op(11);
  }
  br(depth) {
    this.byte(12);
    this.u32(depth);
    return this;
  }
  brIf(depth) {
    this.byte(13);
    this.u32(depth);
    return this;
  }
  return() {
    return this.op(15);
  }
  /** load or store `opcode` (e.g. 0x28 i32.load) on the model's memory, natural alignment */
  mem(opcode, align, offset = 0) {
    this.byte(opcode);
    if (this.memory === 0) {
      this.u32(align);
    } else {
      this.u32(align | 64);
      this.u32(this.memory);
    }
    this.u32(offset);
    return this;
  }
  /** adds `value` to the i64 at constant address `at` of the model's memory */
  bump(at, value = 1) {
    return this.i32(at).i32(at).mem(41, 3).i64(value).op(124).mem(55, 3);
  }
  /** Signed LEB128 of a safe integer (negative included). */
  sLeb(value) {
    let v = BigInt(value);
    for (; ; ) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if (v === 0n && (b & 64) === 0 || v === -1n && (b & 64) !== 0) {
        this.byte(b);
        return;
      }
      this.byte(b | 128);
    }
  }
  body() {
    return this.finish();
  }
};
function funcType(params, results) {
  const w = new ByteWriter(4 + params.length + results.length);
  w.byte(96);
  w.u32(params.length);
  for (const p of params) w.byte(p);
  w.u32(results.length);
  for (const r of results) w.byte(r);
  return w.finish();
}

// src/wasm/alloc-hooks.ts
var HOOK_EXPORT = "__wasm_gate_alloc_hook";
var ALLOC_KINDS = {
  malloc: { id: 0, params: 1, results: 1 },
  // (size) -> ptr
  calloc: { id: 1, params: 2, results: 1 },
  // (count, size) -> ptr
  realloc: { id: 2, params: 2, results: 1 },
  // (ptr, size) -> ptr
  free: { id: 3, params: 1, results: 0 },
  // (ptr)
  aligned_alloc: { id: 4, params: 2, results: 1 },
  // (align, size) -> ptr
  posix_memalign: { id: 5, params: 3, results: 1 },
  // (&ptr, align, size) -> error
  rust_alloc: { id: 6, params: 2, results: 1 },
  // (size, align) -> ptr
  rust_dealloc: { id: 7, params: 3, results: 0 },
  // (ptr, size, align)
  rust_realloc: { id: 8, params: 4, results: 1 }
  // (ptr, old size, align, new size) -> ptr
};
var RECORD_TYPE = funcType([I32, I32, I32, I32, I32, I32], []);
function wrapperBody(kind2, moved, ix) {
  const { params, results } = ALLOC_KINDS[kind2];
  const RESULT = params;
  const a2 = new FunctionAsm(results ? [I32] : []);
  a2.globalGet(ix.depth).i32(1).op(106).globalSet(ix.depth);
  for (let i2 = 0; i2 < params; i2++) a2.get(i2);
  a2.call(moved);
  if (results) a2.set(RESULT);
  a2.globalGet(ix.depth).i32(1).op(107).globalSet(ix.depth);
  a2.block();
  a2.globalGet(ix.depth).brIf(0);
  a2.i32(0).op(37).u32(ix.table);
  a2.op(209).brIf(0);
  a2.i32(ALLOC_KINDS[kind2].id);
  for (let i2 = 0; i2 < 4; i2++) {
    if (i2 < params) a2.get(i2);
    else a2.i32(0);
  }
  if (results) a2.get(RESULT);
  else a2.i32(0);
  a2.i32(0).op(17).u32(ix.recordType);
  a2.u32(ix.table);
  a2.end();
  if (results) a2.get(RESULT);
  return a2.end().body();
}
var HOOK_TABLE = Uint8Array.of(112, 1, 1, 1);
var DEPTH_GLOBAL = Uint8Array.of(I32, 1, 65, 0, 11);

// src/wasm/cache-model.ts
var SIM_EXPORT = "__wasm_gate_sim";
var SIM_STATS = { accesses: 0, l1Misses: 8, llMisses: 16, streamedMisses: 24, firstTouches: 32, grows: 40 };
var SIM_SLOTS = 64;
var PAGE = 65536;
var WAY = 4;
function simLayout(slots) {
  const l1 = Math.ceil((SIM_SLOTS + 8 * slots) / 64) * 64;
  const ll = l1 + L1_SETS * L1_WAYS * WAY;
  const touched = ll + LL_SETS * LL_WAYS * WAY;
  const end = touched + 2 ** (32 - PAGE_SHIFT);
  return { l1, ll, touched, pages: Math.ceil(end / PAGE) };
}
function slotAddress(counter) {
  return SIM_SLOTS + 8 * counter;
}
var MODEL_GLOBALS = [
  Uint8Array.of(I32, 1, 65, 127, 11),
  // last line: -1, no line
  Uint8Array.of(I32, 1, 65, 126, 11)
  // last missed line: -2, no line
];
function probeFunction(indices, kind2) {
  return indices.firstFunction + 3 + kind2;
}
function cacheModelFunctions(indices, layout) {
  const access = indices.firstFunction;
  const span = indices.firstFunction + 2;
  const fns = [
    { type: funcType([I32, I32], []), body: accessBody(indices, layout) },
    { type: funcType([I32, I32, I32], [I32]), body: lookupBody(indices) },
    { type: funcType([I32, I32, I32], []), body: spanBody(indices, access) }
  ];
  const probe = (a2, address, offset, slot, scratch) => {
    const [EA, LINE] = [scratch, scratch + 1];
    a2.bump(SIM_STATS.accesses);
    a2.get(address).get(offset).op(106).tee(EA).i32(LINE_SHIFT).op(118).tee(LINE).globalGet(indices.lastLine).op(71).if();
    a2.get(LINE).i32(L1_SETS - 1).op(113).i32(Math.log2(L1_WAYS * WAY)).op(116).mem(40, 2, layout.l1).get(LINE).i32(1).op(106).op(70);
    a2.if().get(LINE).globalSet(indices.lastLine).op(5).get(EA).get(slot).call(access).end();
    return a2.end();
  };
  const store = (t) => ({
    type: funcType([I32, t, I32, I32], [I32, t]),
    body: probe(new FunctionAsm([I32, I32], indices.memory), 0, 2, 3, 4).get(0).get(1).end().body()
  });
  const probes = [];
  probes[PROBE.load] = { type: funcType([I32, I32, I32], [I32]), body: probe(new FunctionAsm([I32, I32], indices.memory), 0, 1, 2, 3).get(0).end().body() };
  probes[PROBE.storeI32] = store(I32);
  probes[PROBE.storeI64] = store(I64);
  probes[PROBE.storeF32] = store(F32);
  probes[PROBE.storeF64] = store(F64);
  probes[PROBE.storeV128] = store(V128);
  probes[PROBE.fill] = {
    type: funcType([I32, I32, I32, I32], [I32, I32, I32]),
    body: new FunctionAsm([], indices.memory).get(0).get(2).get(3).call(span).get(0).get(1).get(2).end().body()
  };
  probes[PROBE.copy] = {
    type: funcType([I32, I32, I32, I32], [I32, I32, I32]),
    body: new FunctionAsm([], indices.memory).get(1).get(2).get(3).call(span).get(0).get(2).get(3).call(span).get(0).get(1).get(2).end().body()
  };
  probes[PROBE.grow] = {
    type: funcType([I32, I32], [I32]),
    body: new FunctionAsm([], indices.memory).bump(SIM_STATS.grows).get(1).get(1).mem(41, 3).i64(GROW_CYCLES).op(124).mem(55, 3).get(0).end().body()
  };
  if (probes.length !== PROBE_KINDS) throw new Error("a probe kind has no function");
  return [...fns, ...probes];
}
function accessBody(ix, layout) {
  const lookup = ix.firstFunction + 1;
  const [ADDRESS, SLOT, LINE, COST, BASE] = [0, 1, 2, 3, 4];
  const a2 = new FunctionAsm([I32, I64, I32], ix.memory);
  a2.get(ADDRESS).i32(LINE_SHIFT).op(118).tee(LINE).globalGet(ix.lastLine).op(70).if().return().end();
  a2.get(LINE).globalSet(ix.lastLine);
  a2.get(LINE).i32(L1_SETS - 1).op(113).i32(Math.log2(L1_WAYS * WAY)).op(116).i32(layout.l1).op(106).tee(BASE);
  a2.get(BASE).i32(L1_WAYS * WAY).op(106).get(LINE).i32(1).op(106).call(lookup).if().return().end();
  a2.i64(L1_MISS_CYCLES).set(COST).bump(SIM_STATS.l1Misses);
  a2.get(LINE).i32(LL_SETS - 1).op(113).i32(Math.log2(LL_WAYS * WAY)).op(116).i32(layout.ll).op(106).tee(BASE);
  a2.get(BASE).i32(LL_WAYS * WAY).op(106).get(LINE).i32(1).op(106).call(lookup).op(69).if();
  {
    a2.bump(SIM_STATS.llMisses);
    a2.get(LINE).globalGet(ix.lastMiss).op(107).i32(1).op(106).i32(2).op(77).if();
    a2.get(COST).i64(STREAM_MISS_CYCLES).op(124).set(COST).bump(SIM_STATS.streamedMisses);
    a2.op(5);
    a2.get(COST).i64(LL_MISS_CYCLES).op(124).set(COST);
    a2.end();
    a2.get(LINE).globalSet(ix.lastMiss);
    a2.get(ADDRESS).i32(PAGE_SHIFT).op(118).i32(layout.touched).op(106).tee(BASE).mem(45, 0).op(69).if();
    a2.get(BASE).i32(1).mem(58, 0);
    a2.get(COST).i64(FIRST_TOUCH_CYCLES).op(124).set(COST).bump(SIM_STATS.firstTouches);
    a2.end();
  }
  a2.end();
  a2.get(SLOT).get(SLOT).mem(41, 3).get(COST).op(124).mem(55, 3);
  return a2.end().body();
}
function lookupBody(ix) {
  const [WAY_AT, END, TAG, CARRY, FOUND] = [0, 1, 2, 3, 4];
  const a2 = new FunctionAsm([I32, I32], ix.memory);
  a2.get(TAG).set(CARRY);
  a2.loop();
  a2.get(WAY_AT).mem(40, 2).set(FOUND);
  a2.get(WAY_AT).get(CARRY).mem(54, 2);
  a2.get(FOUND).get(TAG).op(70).if().i32(1).return().end();
  a2.get(FOUND).set(CARRY);
  a2.get(WAY_AT).i32(WAY).op(106).tee(WAY_AT).get(END).op(73).brIf(0);
  a2.end();
  return a2.i32(0).end().body();
}
function spanBody(ix, access) {
  const [START, N, SLOT, LINE, LAST] = [0, 1, 2, 3, 4];
  const a2 = new FunctionAsm([I32, I32], ix.memory);
  a2.get(N).op(69).if().return().end();
  a2.get(START).i32(LINE_SHIFT).op(118).set(LINE);
  a2.get(START).get(N).op(106).i32(1).op(107).i32(LINE_SHIFT).op(118).set(LAST);
  a2.get(LAST).get(LINE).op(73).if().get(LINE).set(LAST).end();
  a2.loop();
  a2.get(LINE).i32(LINE_SHIFT).op(116).get(SLOT).call(access);
  a2.get(LINE).i32(1).op(106).tee(LINE).get(LAST).op(77).brIf(0);
  a2.end();
  return a2.end().body();
}

// src/wasm/counting-plan.ts
function plan(mod, mode) {
  const firstCounter = mod.importedGlobals + mod.definedGlobals;
  if (mode === "total") {
    return { counterOf: () => firstCounter, firstCounter, counters: 1, readouts: [], firstReadoutFunction: 0 };
  }
  const n2 = mod.bodies.length;
  const readouts = [];
  for (let start = 0; start < n2 || readouts.length === 0; start += PROFILE_CHUNK) readouts.push(Math.min(PROFILE_CHUNK, n2 - start));
  return {
    counterOf: (body) => firstCounter + body,
    firstCounter,
    counters: n2,
    readouts,
    firstReadoutFunction: mod.importedFunctions + n2
  };
}
function readoutBodies(p) {
  return p.readouts.map((results, k) => {
    const w = new ByteWriter(2 + 4 * results);
    w.byte(0);
    for (let i2 = 0; i2 < results; i2++) {
      w.byte(35);
      w.u32(p.counterOf(k * PROFILE_CHUNK + i2));
    }
    w.byte(11);
    return w.finish();
  });
}

// src/wasm/instrument-code.ts
function writeCodeSection(out, bytes2, mod, plan2) {
  const order = [...mod.bodies.keys()];
  const bodies = order.map((i2) => plan2.wrappers.get(i2) ?? instrumentBody(bytes2, mod, plan2, i2));
  for (const body of plan2.extra) bodies.push(body);
  for (const i2 of plan2.moved) bodies.push(instrumentBody(bytes2, mod, plan2, i2));
  let payload = uLebLength(bodies.length);
  for (const body of bodies) payload += uLebLength(body.length) + body.length;
  out.byte(ID_CODE);
  out.u32(payload);
  out.u32(bodies.length);
  for (const body of bodies) {
    out.u32(body.length);
    out.bytes(body);
  }
}
function instrumentBody(bytes2, mod, plan2, i2) {
  const b = mod.bodies[i2];
  const counter = plan2.counterOf(i2);
  const cycles = plan2.cycles;
  const slot = cycles?.slotOf(i2) ?? 0;
  const w = new ByteWriter(Math.ceil((b.bodyEnd - b.bodyStart) * 1.5) + 16);
  let copied = b.bodyStart;
  let block = b.firstBlock;
  let site = b.firstSite;
  while (block < b.endBlock || site < b.endSite) {
    const blockAt = block < b.endBlock ? mod.blockStarts[block] : Infinity;
    const siteAt = site < b.endSite && cycles ? mod.siteAt[site] : Infinity;
    if (blockAt === Infinity && siteAt === Infinity) break;
    const at = Math.min(blockAt, siteAt);
    w.bytes(bytes2.subarray(copied, at));
    copied = at;
    if (blockAt <= siteAt) {
      writeIncrement(w, counter, mod.blockCounts[block]);
      if (cycles && mod.blockCosts[block] > 0) writeCycleIncrement(w, cycles.memory, slot, mod.blockCosts[block]);
      block++;
    } else {
      writeProbeCall(w, cycles, mod.siteKind[site], mod.siteOffset[site], slot);
      site++;
    }
  }
  w.bytes(bytes2.subarray(copied, b.bodyEnd));
  return w.finish();
}
function writeIncrement(w, counter, k) {
  w.byte(35);
  w.u32(counter);
  w.byte(66);
  w.sPositive(k);
  w.byte(124);
  w.byte(36);
  w.u32(counter);
}
function writeCycleIncrement(w, memory, slot, k) {
  w.byte(65);
  w.sPositive(slot);
  w.byte(65);
  w.sPositive(slot);
  writeMemarg(w, 41, memory);
  w.byte(66);
  w.sPositive(k);
  w.byte(124);
  writeMemarg(w, 55, memory);
}
function writeMemarg(w, opcode, memory) {
  w.byte(opcode);
  if (memory === 0) {
    w.byte(3);
  } else {
    w.byte(3 | 64);
    w.u32(memory);
  }
  w.byte(0);
}
function writeProbeCall(w, cycles, kind2, offset, slot) {
  if (kind2 <= 5) {
    w.byte(65);
    writeS32(w, offset);
  }
  w.byte(65);
  w.sPositive(slot);
  w.byte(16);
  w.u32(cycles.probe(kind2));
}
function writeS32(w, unsigned) {
  let v = unsigned % 2 ** 32 | 0;
  for (; ; ) {
    const b = v & 127;
    v >>= 7;
    if (v === 0 && (b & 64) === 0 || v === -1 && (b & 64) !== 0) {
      w.byte(b);
      return;
    }
    w.byte(b | 128);
  }
}

// src/wasm/instrument.ts
function instrumentForCounting(bytes2, options = {}) {
  return instrumentWithStats(bytes2, "total", options).bytes;
}
function instrumentForProfiling(bytes2, options = {}) {
  return instrumentWithStats(bytes2, "per-function", options).bytes;
}
function instrumentWithStats(bytes2, mode = "total", options = {}) {
  const mod = analyze(bytes2);
  const p = plan(mod, mode);
  const typeSection = mod.sections.find((s) => s.id === ID_TYPE);
  const existingTypes = typeSection ? countTypeEntries(bytes2, typeSection) : 0;
  const bodyTypes = bodyTypeIndices(bytes2, mod.sections.find((s) => s.id === ID_FUNCTION));
  const n2 = mod.bodies.length;
  const hooks = (options.allocator ?? []).filter((e) => e.functionIndex >= mod.importedFunctions && e.functionIndex < mod.importedFunctions + n2);
  const added = { types: [], functionTypes: [], globals: [], exports: [] };
  const typeIndex = (encoding) => {
    const at = added.types.findIndex((t) => t.length === encoding.length && t.every((b, i2) => b === encoding[i2]));
    if (at >= 0) return existingTypes + at;
    added.types.push(encoding);
    return existingTypes + added.types.length - 1;
  };
  const nextGlobal = () => p.firstCounter + p.counters + added.globals.length;
  const firstAddedFunction = mod.importedFunctions + n2;
  const readouts = readoutBodies(p);
  for (const results of p.readouts) added.functionTypes.push(funcType([], new Array(results).fill(I64)));
  if (mode === "total") added.exports.push({ name: COUNTER_EXPORT, kind: 3, index: p.firstCounter });
  p.readouts.forEach((_, k) => added.exports.push({ name: `${PROFILE_EXPORT_PREFIX}${k}`, kind: 0, index: firstAddedFunction + k }));
  const extra = [...readouts];
  let cycles;
  let simMemoryLimits;
  if (options.cycles) {
    const memory = mod.importedMemories + mod.definedMemories;
    const layout = simLayout(p.counters);
    const globalsAt = nextGlobal();
    added.globals.push(...MODEL_GLOBALS);
    const indices = { memory, lastLine: globalsAt, lastMiss: globalsAt + 1, firstFunction: firstAddedFunction + extra.length };
    for (const fn of cacheModelFunctions(indices, layout)) {
      added.functionTypes.push(fn.type);
      extra.push(fn.body);
    }
    simMemoryLimits = limitsOf(layout.pages);
    added.exports.push({ name: SIM_EXPORT, kind: 2, index: memory });
    cycles = { memory, slotOf: (body) => slotAddress(p.counterOf(body) - p.firstCounter), probe: (kind2) => probeFunction(indices, kind2) };
  }
  const wrappers = /* @__PURE__ */ new Map();
  const moved = [];
  if (hooks.length > 0) {
    const table3 = mod.importedTables + mod.definedTables;
    const hookIndices = { depth: nextGlobal(), table: table3, recordType: typeIndex(RECORD_TYPE) };
    added.globals.push(DEPTH_GLOBAL);
    added.exports.push({ name: HOOK_EXPORT, kind: 1, index: table3 });
    for (const entry of hooks) {
      const body = entry.functionIndex - mod.importedFunctions;
      if (wrappers.has(body) || ALLOC_KINDS[entry.kind] === void 0) continue;
      wrappers.set(body, wrapperBody(entry.kind, firstAddedFunction + extra.length + moved.length, hookIndices));
      moved.push(body);
      added.functionTypes.push(bodyTypes[body]);
    }
  }
  const functionTypeIndices = added.functionTypes.map((t) => typeof t === "number" ? t : typeIndex(t));
  const out = new ByteWriter(Math.ceil(bytes2.length * 1.6) + 4096);
  out.bytes(bytes2.subarray(0, 8));
  let originalCodeBytes = 0;
  let instrumentedCodeBytes = 0;
  const rewrites = /* @__PURE__ */ new Map();
  const append = (id, what, entries) => {
    if (entries.length === 0) return;
    rewrites.set(id, (s) => writeSection(out, id, appended(bytes2, s, what, entries)));
  };
  append(ID_TYPE, "type count", added.types);
  append(ID_FUNCTION, "function count", functionTypeIndices.map(uLeb));
  append(ID_TABLE, "table count", wrappers.size > 0 ? [HOOK_TABLE] : []);
  append(ID_MEMORY, "memory count", simMemoryLimits ? [simMemoryLimits] : []);
  append(ID_GLOBAL, "global count", [...new Array(p.counters).fill(COUNTER_GLOBAL), ...added.globals]);
  append(ID_EXPORT, "export count", added.exports.map(exportEntry));
  if (mode === "per-function" || mod.sections.some((s) => s.id === ID_CODE) || extra.length > 0) {
    rewrites.set(ID_CODE, (s) => {
      const before = out.len;
      writeCodeSection(out, bytes2, mod, { counterOf: p.counterOf, ...cycles ? { cycles } : {}, wrappers, moved, extra });
      originalCodeBytes = s ? s.end - s.start : 0;
      instrumentedCodeBytes = out.len - before;
    });
  }
  const pending = [...rewrites.keys()].sort((a2, b) => SECTION_RANK[a2] - SECTION_RANK[b]);
  const flushBefore = (rank) => {
    while (pending.length > 0 && SECTION_RANK[pending[0]] < rank) rewrites.get(pending.shift())(void 0);
  };
  for (const s of mod.sections) {
    if (s.id !== 0) flushBefore(SECTION_RANK[s.id]);
    const rewrite = rewrites.get(s.id);
    if (rewrite && s.id !== 0) {
      pending.splice(pending.indexOf(s.id), 1);
      rewrite(s);
    } else {
      out.bytes(bytes2.subarray(s.start, s.end));
    }
  }
  flushBefore(Infinity);
  const result = out.finish();
  let totalInstructions = 0;
  for (let i2 = 0; i2 < mod.blockCounts.length; i2++) totalInstructions += mod.blockCounts[i2];
  return {
    bytes: result,
    stats: {
      mode,
      functions: n2,
      basicBlocks: mod.blockCounts.length,
      staticInstructions: totalInstructions,
      counterGlobalIndex: p.firstCounter,
      counterGlobals: p.counters,
      readoutFunctions: p.readouts.length,
      memorySites: cycles ? mod.siteAt.length : 0,
      wrapped: wrappers.size,
      originalBytes: bytes2.length,
      instrumentedBytes: result.length,
      originalCodeBytes,
      instrumentedCodeBytes
    }
  };
}
function appended(bytes2, s, what, entries) {
  let count3 = 0;
  let rest = new Uint8Array(0);
  if (s) {
    const c3 = new Cursor(bytes2, s.payloadStart, s.end);
    count3 = c3.u32(what);
    rest = bytes2.subarray(c3.pos, s.end);
  }
  const w = new ByteWriter(rest.length + 16 + entries.reduce((sum, e) => sum + e.length, 0));
  w.u32(count3 + entries.length);
  w.bytes(rest);
  for (const e of entries) w.bytes(e);
  return w;
}
function bodyTypeIndices(bytes2, s) {
  if (!s) return [];
  const c3 = new Cursor(bytes2, s.payloadStart, s.end);
  const out = [];
  for (let n2 = c3.u32("function count"); n2 > 0; n2--) out.push(c3.u32("function type index"));
  return out;
}
var COUNTER_GLOBAL = Uint8Array.of(126, 1, 66, 0, 11);
function limitsOf(pages) {
  const w = new ByteWriter(12);
  w.byte(1);
  w.u32(pages);
  w.u32(pages);
  return w.finish();
}
function uLeb(n2) {
  const w = new ByteWriter(5);
  w.u32(n2);
  return w.finish();
}
var utf84 = new TextEncoder();
function exportEntry(e) {
  const name3 = utf84.encode(e.name);
  const w = new ByteWriter(name3.length + 12);
  w.u32(name3.length);
  w.bytes(name3);
  w.byte(e.kind);
  w.u32(e.index);
  return w.finish();
}

// src/wasm/imports-exports.ts
var EXTERN_KINDS = ["function", "table", "memory", "global", "tag"];
var VALTYPES = { 127: "i32", 126: "i64", 125: "f32", 124: "f64", 123: "v128", 112: "funcref", 111: "externref" };
var utf85 = new TextDecoder("utf-8");
function readDeclarations(bytes2) {
  const out = { types: [], imports: [], functionTypes: [], exports: [] };
  for (const s of readSections(bytes2)) {
    const c3 = new Cursor(bytes2, s.payloadStart, s.end);
    if (s.id === 1) readTypes(c3, out.types);
    else if (s.id === 2) {
      readImportSection(c3, (header, at) => {
        const entry = readImport(header, at);
        out.imports.push(entry);
        if (entry.kind === "function") out.functionTypes.push(entry.typeIndex);
      });
    } else if (s.id === 3) {
      for (let n2 = c3.u32("function count"); n2 > 0; n2--) out.functionTypes.push(c3.u32("function type index"));
    } else if (s.id === 5) {
      if (c3.u32("memory count") > 0) out.memory = limits(c3).limits;
    } else if (s.id === 7) {
      for (let n2 = c3.u32("export count"); n2 > 0; n2--) out.exports.push({ name: name2(c3), kind: kind(c3), index: c3.u32("export index") });
    }
  }
  return out;
}
function readTypes(c3, types) {
  for (let n2 = c3.u32("type count"); n2 > 0; n2--) {
    if (c3.byte() !== 96) return;
    types.push({ params: valTypes(c3), results: valTypes(c3) });
  }
}
function valTypes(c3) {
  const list = [];
  for (let n2 = c3.u32("value type count"); n2 > 0; n2--) {
    const b = c3.bytes[c3.pos];
    c3.valType();
    list.push(VALTYPES[b] ?? "ref");
  }
  return list;
}
function readImport(header, c3) {
  const { module: module2, name: field } = header;
  const k = EXTERN_KINDS[header.kind];
  if (k === "function") return { module: module2, name: field, kind: k, typeIndex: c3.u32("import type index") };
  if (k === "table") {
    const element = c3.bytes[c3.pos] === 111 ? "externref" : "anyfunc";
    c3.valType();
    return { module: module2, name: field, kind: k, element, limits: limits(c3).limits };
  }
  if (k === "memory") {
    const read = limits(c3);
    return { module: module2, name: field, kind: k, limits: read.limits, shared: read.shared };
  }
  skipImportType(header.kind, c3);
  return { module: module2, name: field, kind: k };
}
function name2(c3) {
  const length = c3.u32("name length");
  const start = c3.pos;
  c3.skipBytes(length);
  return utf85.decode(c3.bytes.subarray(start, c3.pos));
}
function kind(c3) {
  const k = c3.byte();
  const known = EXTERN_KINDS[k];
  if (!known) throw new Error(`unknown extern kind 0x${hex(k)} at offset ${c3.pos - 1}`);
  return known;
}
function limits(c3) {
  const flags = c3.byte();
  const initial = leb(c3);
  const maximum = flags & 1 ? leb(c3) : void 0;
  if (flags & 8) c3.leb(5);
  return { limits: { initial, ...maximum === void 0 ? {} : { maximum } }, shared: (flags & 2) !== 0 };
}
function leb(c3) {
  let result = 0;
  let scale = 1;
  for (; ; ) {
    const b = c3.byte();
    result += (b & 127) * scale;
    if ((b & 128) === 0) return result;
    scale *= 128;
  }
}

// src/wasm/name-section.ts
var FUNCTION_NAMES = 1;
var utf86 = new TextDecoder("utf-8");
function readFunctionNames(bytes2) {
  const section = readSections(bytes2).find((s) => s.id === 0 && s.name === "name");
  if (!section) return { names: /* @__PURE__ */ new Map(), problem: 'the module has no "name" section' };
  const names = /* @__PURE__ */ new Map();
  try {
    const c3 = new Cursor(bytes2, section.payloadStart, section.end);
    c3.skipBytes(c3.u32("custom section name length"));
    let last = -1;
    while (c3.pos < c3.end) {
      const id = c3.byte();
      const size = c3.u32("name subsection size");
      const start = c3.pos;
      c3.skipBytes(size);
      if (id < last) return { names, problem: `the "name" section's subsection ${id} is out of order` };
      last = id;
      if (id !== FUNCTION_NAMES) continue;
      const sub = new Cursor(bytes2, start, start + size);
      const count3 = sub.u32("function name count");
      for (let i2 = 0; i2 < count3; i2++) {
        const index = sub.u32("function index");
        const length = sub.u32("function name length");
        const at = sub.pos;
        sub.skipBytes(length);
        if (!names.has(index)) names.set(index, utf86.decode(bytes2.subarray(at, at + length)));
      }
    }
  } catch (error) {
    return { names: /* @__PURE__ */ new Map(), problem: `the "name" section is malformed (${error.message})` };
  }
  return names.size > 0 ? { names } : { names, problem: 'the "name" section names no function' };
}

// src/bench/alloc-entry-points.ts
var DEFAULT_ENTRY_POINTS = {
  malloc: "malloc",
  calloc: "calloc",
  realloc: "realloc",
  free: "free",
  aligned_alloc: "aligned_alloc",
  memalign: "aligned_alloc",
  posix_memalign: "posix_memalign",
  // wasi-libc's and Emscripten's dlmalloc under its own names
  dlmalloc: "malloc",
  dlcalloc: "calloc",
  dlrealloc: "realloc",
  dlfree: "free",
  dlmemalign: "aligned_alloc",
  dlposix_memalign: "posix_memalign",
  emscripten_builtin_malloc: "malloc",
  emscripten_builtin_calloc: "calloc",
  emscripten_builtin_realloc: "realloc",
  emscripten_builtin_free: "free",
  emscripten_builtin_memalign: "aligned_alloc",
  // Rust's global allocator shims
  __rust_alloc: "rust_alloc",
  __rust_alloc_zeroed: "rust_alloc",
  __rust_dealloc: "rust_dealloc",
  __rust_realloc: "rust_realloc",
  // the dlmalloc crate (Rust's default on wasm32), when LTO inlined the shims into their callers
  "dlmalloc::dlmalloc::Dlmalloc<A>::malloc": "malloc",
  "dlmalloc::dlmalloc::Dlmalloc<A>::calloc": "calloc",
  "dlmalloc::dlmalloc::Dlmalloc<A>::realloc": "realloc",
  "dlmalloc::dlmalloc::Dlmalloc<A>::free": "free",
  "dlmalloc::dlmalloc::Dlmalloc<A>::memalign": "aligned_alloc"
};
var ENTRY_POINT_KINDS = Object.keys(ALLOC_KINDS);
function findEntryPoints(bytes2, names = DEFAULT_ENTRY_POINTS, bodyNames) {
  const declarations = readDeclarations(bytes2);
  const importedFunctions = declarations.imports.filter((i2) => i2.kind === "function").length;
  const candidates = [];
  for (const [index, raw] of readFunctionNames(bytes2).names) candidates.push({ index, name: raw }, { index, name: readableName(raw) });
  bodyNames?.forEach((name3, i2) => candidates.push({ index: importedFunctions + i2, name: name3 }));
  for (const e of declarations.exports) if (e.kind === "function") candidates.push({ index: e.index, name: e.name });
  const found = /* @__PURE__ */ new Map();
  const matched = /* @__PURE__ */ new Set();
  for (const { index, name: name3 } of candidates) {
    const kind2 = Object.hasOwn(names, name3) ? names[name3] : void 0;
    if (kind2 === void 0 || index < importedFunctions || found.has(index)) continue;
    const type = declarations.types[declarations.functionTypes[index] ?? -1];
    const shape = ALLOC_KINDS[kind2];
    if (!type || type.params.length !== shape.params || type.results.length !== shape.results || ![...type.params, ...type.results].every((t) => t === "i32")) continue;
    found.set(index, { functionIndex: index, kind: kind2, name: name3 });
    matched.add(name3);
  }
  return { found: [...found.values()].sort((a2, b) => a2.functionIndex - b.functionIndex), missing: Object.keys(names).filter((n2) => !matched.has(n2)) };
}

// src/bench/module-interface.ts
function readModuleInterface(bytes2) {
  const d = readDeclarations(bytes2);
  const imports = d.imports.map((i2) => {
    if (i2.kind !== "function") return i2;
    const type = d.types[i2.typeIndex];
    return { module: i2.module, name: i2.name, kind: "function", params: type ? type.params.length : -1, results: type ? type.results.length : -1 };
  });
  const start = readSections(bytes2).some((s) => s.name === "start");
  return { imports, ...d.memory ? { memory: d.memory } : {}, ...start ? { start } : {} };
}

// src/bench/counting-copy.ts
var TWO_MEMORIES = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 5, 5, 2, 0, 0, 0, 0);
var multiMemory;
function canModelCycles() {
  multiMemory ??= WebAssembly.validate(TWO_MEMORIES);
  return multiMemory;
}
function makeCountingCopies(bytes2, built, allocator, bodyNames) {
  const notes = [];
  const cycles = canModelCycles();
  if (!cycles) notes.push(`no cycle estimate: its cache model needs multi-memory, which Node ${process.versions.node} does not run; run the gate on Node 22 or later (the GitHub Action runs on Node 24)`);
  const counted = new Uint8Array(instrumentForProfiling(bytes2, { cycles }));
  const source = built ?? bytes2;
  const search = findEntryPoints(source, allocator ?? DEFAULT_ENTRY_POINTS, built ? void 0 : bodyNames);
  if (allocator && search.missing.length > 0) {
    notes.push(`bench.allocator names ${search.missing.map((n2) => `"${n2}"`).join(", ")}, which the module does not define with that kind's signature (all i32): no statistics from ${search.missing.length === 1 ? "it" : "them"}`);
  }
  if (search.found.length === 0) {
    if (!allocator) notes.push("no allocator entry points found (malloc, free, __rust_alloc, ... in the name section or exports; LTO may have inlined them): no allocation statistics; name yours with bench.allocator");
    return { counted, entryPoints: [], notes };
  }
  const allocation = {
    module: new Uint8Array(instrumentForCounting(source, { allocator: search.found })),
    host: readModuleInterface(source)
  };
  return { counted, allocation, entryPoints: search.found.map((e) => e.name), notes };
}

// src/wasm/feature-bits.ts
var FeatureBits = {
  signExt: 1 << 0,
  threads: 1 << 1,
  mutableGlobals: 1 << 2,
  nontrappingFloatToInt: 1 << 3,
  simd: 1 << 4,
  bulkMemory: 1 << 5,
  bulkMemoryOpt: 1 << 6,
  callIndirectOverlong: 1 << 7,
  exceptionHandling: 1 << 8,
  tailCall: 1 << 9,
  referenceTypes: 1 << 10,
  multivalue: 1 << 11,
  gc: 1 << 12,
  memory64: 1 << 13,
  relaxedSimd: 1 << 14,
  extendedConst: 1 << 15,
  strings: 1 << 16,
  multimemory: 1 << 17,
  stackSwitching: 1 << 18,
  sharedEverything: 1 << 19,
  fp16: 1 << 20,
  customPageSizes: 1 << 21,
  wideArithmetic: 1 << 22,
  compactImports: 1 << 23
};
var UndecodedError = class extends Error {
  constructor(message, bits) {
    super(message);
    this.bits = bits;
  }
  bits;
};

// src/wasm/feature-scan-typed.ts
var B = FeatureBits;
function valTypeBits(c3) {
  const at = c3.pos;
  const b = c3.byte();
  switch (b) {
    case 127:
    // i32
    case 126:
    // i64
    case 125:
    // f32
    case 124:
      return 0;
    case 123:
      return B.simd;
    case 112:
    // funcref
    case 111:
      return B.referenceTypes;
    case 99:
      return B.referenceTypes | heapTypeBits(c3);
    case 100:
      return B.referenceTypes | B.gc | heapTypeBits(c3);
    default:
      if ((b & 192) === 64) {
        c3.pos--;
        return B.referenceTypes | heapTypeBits(c3);
      }
      throw new UndecodedError(`unknown value type 0x${hex(b)} at offset ${at}`, 0);
  }
}
function heapTypeBits(c3) {
  const b = c3.bytes[c3.pos];
  if (b === 101) {
    c3.pos++;
    return B.sharedEverything | heapTypeBits(c3);
  }
  if (b === 98) {
    c3.pos++;
    return B.gc | heapTypeBits(c3);
  }
  if (b === void 0 || (b & 192) !== 64) {
    c3.leb(5);
    return B.gc;
  }
  c3.pos++;
  switch (b) {
    case 112:
    // func
    case 111:
      return 0;
    case 105:
      return B.exceptionHandling;
    case 116:
      return B.exceptionHandling | B.gc;
    case 104:
    // cont
    case 117:
      return B.stackSwitching;
    case 103:
      return B.strings;
    case 110:
    // any
    case 109:
    // eq
    case 108:
    // i31
    case 107:
    // struct
    case 106:
    // array
    case 113:
    // none
    case 114:
    // noextern
    case 115:
      return B.gc;
    default:
      throw new UndecodedError(`unknown heap type 0x${hex(b)} at offset ${c3.pos - 1}`, 0);
  }
}
function prefixGC(c3) {
  const sub = c3.u32("0xFB sub-opcode");
  switch (sub) {
    case 0:
    // struct.new t
    case 1:
    // struct.new_default t
    case 6:
    // array.new t
    case 7:
    // array.new_default t
    case 11:
    // array.get t
    case 12:
    // array.get_s t
    case 13:
    // array.get_u t
    case 14:
    // array.set t
    case 16:
      c3.u32();
      return true;
    case 2:
    // struct.get t f
    case 3:
    // struct.get_s t f
    case 4:
    // struct.get_u t f
    case 5:
    // struct.set t f
    case 8:
    // array.new_fixed t n
    case 9:
    // array.new_data t d
    case 10:
    // array.new_elem t e
    case 17:
    // array.copy t t
    case 18:
    // array.init_data t d
    case 19:
      c3.u32();
      c3.u32();
      return true;
    case 15:
    // array.len
    case 26:
    // any.convert_extern
    case 27:
    // extern.convert_any
    case 28:
    // ref.i31
    case 29:
    // i31.get_s
    case 30:
      return true;
    case 20:
    // ref.test ht
    case 21:
    // ref.test null ht
    case 22:
    // ref.cast ht
    case 23:
      heapTypeBits(c3);
      return true;
    case 24:
    // br_on_cast flags label ht ht
    case 25:
      c3.byte();
      c3.u32();
      heapTypeBits(c3);
      heapTypeBits(c3);
      return true;
    default:
      return false;
  }
}
function prefixFC2(c3) {
  const sub = c3.u32("0xFC sub-opcode");
  if (sub <= 7) return B.nontrappingFloatToInt;
  switch (sub) {
    case 8:
      c3.u32();
      return B.bulkMemory | (c3.u32() !== 0 ? B.multimemory : 0);
    case 9:
      c3.u32();
      return B.bulkMemory;
    case 10:
      return B.bulkMemoryOpt | (nonzeroPair(c3) ? B.multimemory : 0);
    case 11:
      return B.bulkMemoryOpt | (c3.u32() !== 0 ? B.multimemory : 0);
    case 12:
      c3.u32();
      return B.bulkMemory | (c3.u32() !== 0 ? B.referenceTypes : 0);
    case 13:
      c3.u32();
      return B.bulkMemory;
    case 14:
      return B.bulkMemory | (nonzeroPair(c3) ? B.referenceTypes : 0);
    case 15:
    // table.grow table
    case 16:
    // table.size table
    case 17:
      c3.u32();
      return B.referenceTypes;
    case 19:
    // i64.add128
    case 20:
    // i64.sub128
    case 21:
    // i64.mul_wide_s
    case 22:
      return B.wideArithmetic;
    case 48:
    // f32.load_f16 memarg
    case 49:
      return B.fp16 | memarg(c3);
    default:
      return -(sub + 1);
  }
}
function nonzeroPair(c3) {
  const first = c3.u32();
  const second = c3.u32();
  return first !== 0 || second !== 0;
}
function prefixFD2(c3) {
  const sub = c3.u32("0xFD sub-opcode");
  if (sub <= 11 || sub === 92 || sub === 93) return memarg(c3);
  if (sub === 12 || sub === 13) {
    c3.skipBytes(16);
    return 0;
  }
  if (sub >= 21 && sub <= 34) {
    c3.skipBytes(1);
    return 0;
  }
  if (sub >= 84 && sub <= 91) {
    const bits = memarg(c3);
    c3.skipBytes(1);
    return bits;
  }
  if (sub <= 255) return 0;
  if (sub <= 275) return B.relaxedSimd;
  if (sub >= 288 && sub <= 335) {
    if (sub === 289 || sub === 290) c3.skipBytes(1);
    return B.fp16;
  }
  return -(sub + 1);
}
function prefixFE2(c3) {
  const sub = c3.u32("0xFE sub-opcode");
  if (sub === 3) {
    c3.skipBytes(1);
    return true;
  }
  if (sub <= 2 || sub >= 16 && sub <= 78) {
    memarg(c3);
    return true;
  }
  return false;
}
function memarg(c3) {
  const align = c3.u32("memarg alignment");
  const multi = (align & 64) !== 0 && c3.u32("memory index") !== 0;
  c3.leb(10);
  return multi ? B.multimemory : 0;
}

// src/wasm/feature-scan.ts
var B2 = FeatureBits;
function scanExpression(c3, types, constant) {
  const bytes2 = c3.bytes;
  let bits = 0;
  let depth = 1;
  const fail3 = (what, at) => {
    throw new UndecodedError(`${what} at offset ${at}`, bits);
  };
  for (; ; ) {
    if (c3.pos >= c3.end) fail3('instructions without their final "end"', c3.pos);
    const at = c3.pos;
    const op2 = bytes2[c3.pos++];
    if (op2 >= 69 && op2 <= 196) {
      if (op2 >= 192) bits |= B2.signExt;
      else if (constant && (op2 === 106 || op2 === 107 || op2 === 108 || op2 === 124 || op2 === 125 || op2 === 126)) bits |= B2.extendedConst;
      continue;
    }
    if (op2 >= 40 && op2 <= 62) {
      bits |= memarg(c3);
      continue;
    }
    switch (op2) {
      case 0:
      // unreachable
      case 1:
      // nop
      case 5:
      // else
      case 15:
      // return
      case 26:
      // drop
      case 27:
        break;
      case 2:
      // block
      case 3:
      // loop
      case 4:
        bits |= blockType(c3, types);
        depth++;
        break;
      case 6:
        bits |= B2.exceptionHandling | blockType(c3, types);
        depth++;
        break;
      case 7:
      // catch tag
      case 8:
      // throw tag
      case 9:
        bits |= B2.exceptionHandling;
        c3.u32();
        break;
      case 10:
      // throw_ref
      case 25:
        bits |= B2.exceptionHandling;
        break;
      case 24:
        bits |= B2.exceptionHandling;
        c3.u32();
        depth--;
        break;
      case 31: {
        bits |= B2.exceptionHandling | blockType(c3, types);
        const n2 = c3.u32("catch count");
        for (let i2 = 0; i2 < n2; i2++) {
          const kind2 = c3.byte();
          if (kind2 <= 1) c3.u32("catch tag");
          c3.u32("catch label");
        }
        depth++;
        break;
      }
      case 11:
        if (--depth === 0) {
          if (!constant && c3.pos !== c3.end) fail3('function body continues after its final "end"', at);
          return bits;
        }
        break;
      case 12:
      // br
      case 13:
      // br_if
      case 16:
      // call
      case 32:
      // local.get
      case 33:
      // local.set
      case 34:
      // local.tee
      case 35:
      // global.get
      case 36:
        c3.u32();
        break;
      case 14: {
        const n2 = c3.u32("br_table length");
        for (let i2 = 0; i2 <= n2; i2++) c3.u32();
        break;
      }
      case 17:
        c3.u32();
        bits |= tableIndex(c3);
        break;
      case 18:
        bits |= B2.tailCall;
        c3.u32();
        break;
      case 19:
        bits |= B2.tailCall;
        c3.u32();
        bits |= tableIndex(c3);
        break;
      case 20:
        bits |= B2.gc | B2.referenceTypes;
        c3.u32();
        break;
      case 21:
        bits |= B2.gc | B2.referenceTypes | B2.tailCall;
        c3.u32();
        break;
      case 28: {
        bits |= B2.referenceTypes;
        const n2 = c3.u32("select type count");
        for (let i2 = 0; i2 < n2; i2++) bits |= valTypeBits(c3);
        break;
      }
      case 37:
      // table.get
      case 38:
        bits |= B2.referenceTypes;
        c3.u32();
        break;
      case 63:
      // memory.size memidx
      case 64:
        if (c3.u32() !== 0) bits |= B2.multimemory;
        break;
      case 65:
        c3.leb(5);
        break;
      case 66:
        c3.leb(10);
        break;
      case 67:
        c3.skipBytes(4);
        break;
      case 68:
        c3.skipBytes(8);
        break;
      case 208:
        bits |= B2.referenceTypes | heapTypeBits(c3);
        break;
      case 209:
        bits |= B2.referenceTypes;
        break;
      case 210:
        bits |= B2.referenceTypes;
        c3.u32();
        break;
      case 211:
      // ref.eq
      case 212:
        bits |= B2.gc | B2.referenceTypes;
        break;
      case 213:
      // br_on_null
      case 214:
        bits |= B2.gc | B2.referenceTypes;
        c3.u32();
        break;
      case 251:
        bits |= B2.gc | B2.referenceTypes;
        if (!prefixGC(c3)) fail3(`unknown GC instruction 0xFB ${c3.bytes[at + 1]}`, at);
        break;
      case 252: {
        const sub = prefixFC2(c3);
        if (sub < 0) fail3(`unknown instruction 0xFC ${-sub - 1}`, at);
        bits |= sub;
        break;
      }
      case 253: {
        const sub = prefixFD2(c3);
        if (sub < 0) fail3(`unknown SIMD instruction 0xFD ${-sub - 1}`, at);
        bits |= B2.simd | sub;
        break;
      }
      case 254:
        bits |= B2.threads;
        if (!prefixFE2(c3)) fail3("unknown atomic instruction", at);
        break;
      default:
        if (op2 >= 224 && op2 <= 230) bits |= B2.stackSwitching;
        fail3(`unknown opcode 0x${hex(op2)}`, at);
    }
  }
}
function tableIndex(c3) {
  const start = c3.pos;
  const table3 = c3.u32("table index");
  return (table3 !== 0 ? B2.referenceTypes : 0) | (c3.pos - start > 1 ? B2.callIndirectOverlong : 0);
}
function blockType(c3, types) {
  const b = c3.bytes[c3.pos];
  if (b === 64) {
    c3.pos++;
    return 0;
  }
  if (b !== void 0 && (b & 192) === 64) return valTypeBits(c3);
  const type = types[c3.u32("block type index")];
  return type && (type.params > 0 || type.results > 1) ? B2.multivalue : 0;
}

// src/wasm/feature-names.ts
var FEATURE_NAMES = [
  "sign-ext",
  "threads",
  "mutable-globals",
  "nontrapping-float-to-int",
  "simd",
  "bulk-memory",
  "bulk-memory-opt",
  "call-indirect-overlong",
  "exception-handling",
  "tail-call",
  "reference-types",
  "multivalue",
  "gc",
  "memory64",
  "relaxed-simd",
  "extended-const",
  "strings",
  "multimemory",
  "stack-switching",
  "shared-everything",
  "fp16",
  "custom-page-sizes",
  "wide-arithmetic",
  "compact-imports"
];
var LLVM_NAMES = {
  atomics: "threads",
  "nontrapping-fptoint": "nontrapping-float-to-int",
  simd128: "simd"
};
function featuresToEnable(features2) {
  const names = new Set(features2.used);
  for (const entry of features2.declared ?? []) {
    if (entry[0] !== "+" && entry[0] !== "=") continue;
    const name3 = entry.slice(1);
    names.add(LLVM_NAMES[name3] ?? name3);
  }
  if (names.has("bulk-memory")) names.add("bulk-memory-opt");
  return FEATURE_NAMES.filter((n2) => names.has(n2));
}

// src/wasm/features.ts
function detectFeatures(bytes2) {
  const d = new Detector(bytes2);
  d.run();
  const used = FEATURE_NAMES.filter((_, i2) => (d.bits & 1 << i2) !== 0);
  return { used, ...d.declared ? { declared: d.declared } : {}, ...d.undecoded ? { undecoded: d.undecoded } : {} };
}
var utf87 = new TextDecoder("utf-8");
var Detector = class {
  constructor(bytes2) {
    this.bytes = bytes2;
  }
  bytes;
  bits = 0;
  declared;
  undecoded;
  types = [];
  globalMutable = [];
  tables = 0;
  memories = 0;
  importedFunctions = 0;
  run() {
    for (const s of readSections(this.bytes)) {
      const c3 = new Cursor(this.bytes, s.payloadStart, s.end);
      try {
        this.section(s, c3);
      } catch (error) {
        if (error instanceof UndecodedError) this.bits |= error.bits;
        this.undecoded ??= `${s.name} section: ${error.message}`;
      }
    }
    if (this.tables > 1) this.bits |= FeatureBits.referenceTypes;
    if (this.memories > 1) this.bits |= FeatureBits.multimemory;
  }
  section(s, c3) {
    switch (s.id) {
      case 0:
        if (s.name === "target_features") this.targetFeatures(c3);
        return;
      case 1:
        return this.typeSection(c3);
      case 2:
        return this.importSection(c3);
      case 4:
        return this.vec(c3, () => this.tableType(c3, true));
      case 5:
        return this.vec(c3, () => {
          this.limits(c3);
          this.memories++;
        });
      case 6:
        return this.vec(c3, () => {
          this.bits |= valTypeBits(c3);
          this.globalMutable.push(c3.byte() === 1);
          this.constExpr(c3);
        });
      case 7:
        return this.exportSection(c3);
      case 9:
        return this.vec(c3, () => this.elementSegment(c3));
      case 10:
        return this.codeSection(c3);
      case 11:
        return this.vec(c3, () => this.dataSegment(c3));
      case 12:
        this.bits |= FeatureBits.bulkMemory;
        return;
      case 13:
        this.bits |= FeatureBits.exceptionHandling;
        return;
      default:
        return;
    }
  }
  vec(c3, each) {
    const n2 = c3.u32("count");
    for (let i2 = 0; i2 < n2; i2++) each();
  }
  targetFeatures(c3) {
    c3.skipBytes(c3.u32("section name length"));
    const declared = [];
    this.vec(c3, () => {
      const prefix = String.fromCharCode(c3.byte());
      const len = c3.u32("feature name length");
      const start = c3.pos;
      c3.skipBytes(len);
      declared.push(prefix + utf87.decode(this.bytes.subarray(start, c3.pos)));
    });
    this.declared = declared;
  }
  typeSection(c3) {
    this.vec(c3, () => {
      if (this.bytes[c3.pos] === 78) {
        c3.pos++;
        this.bits |= FeatureBits.gc;
        this.vec(c3, () => this.subType(c3));
      } else {
        this.subType(c3);
      }
    });
  }
  subType(c3) {
    let b = this.bytes[c3.pos];
    if (b === 80 || b === 79) {
      c3.pos++;
      this.bits |= FeatureBits.gc;
      this.vec(c3, () => c3.u32("supertype"));
      b = this.bytes[c3.pos];
    }
    if (b === 101) {
      c3.pos++;
      this.bits |= FeatureBits.sharedEverything;
    }
    for (const prefix of [76, 77]) {
      if (this.bytes[c3.pos] !== prefix) continue;
      c3.pos++;
      this.bits |= FeatureBits.gc;
      c3.u32("descriptor type index");
    }
    const form = c3.byte();
    if (form === 96) {
      const params = c3.u32("param count");
      for (let i2 = 0; i2 < params; i2++) this.bits |= valTypeBits(c3);
      const results = c3.u32("result count");
      for (let i2 = 0; i2 < results; i2++) this.bits |= valTypeBits(c3);
      if (results > 1) this.bits |= FeatureBits.multivalue;
      this.types.push({ params, results });
      return;
    }
    this.types.push({ params: 0, results: 0 });
    if (form === 95) {
      this.bits |= FeatureBits.gc;
      this.vec(c3, () => this.fieldType(c3));
    } else if (form === 94) {
      this.bits |= FeatureBits.gc;
      this.fieldType(c3);
    } else if (form === 93) {
      this.bits |= FeatureBits.stackSwitching;
      c3.u32("continuation type");
    } else {
      throw new Error(`unknown type form 0x${hex(form)} at offset ${c3.pos - 1}`);
    }
  }
  fieldType(c3) {
    const b = this.bytes[c3.pos];
    if (b === 120 || b === 119) c3.pos++;
    else this.bits |= valTypeBits(c3);
    c3.byte();
  }
  importSection(c3) {
    const grouped = readImportSection(c3, ({ kind: kind2 }) => {
      switch (kind2) {
        case 0:
          c3.u32("import type index");
          this.importedFunctions++;
          return;
        case 1:
          return this.tableType(c3, false);
        case 2:
          this.limits(c3);
          this.memories++;
          return;
        case 3: {
          this.bits |= valTypeBits(c3);
          const mutable = c3.byte() === 1;
          if (mutable) this.bits |= FeatureBits.mutableGlobals;
          this.globalMutable.push(mutable);
          return;
        }
        case 4:
          this.bits |= FeatureBits.exceptionHandling;
          c3.byte();
          c3.u32("tag type index");
          return;
      }
    });
    if (grouped) this.bits |= FeatureBits.compactImports;
  }
  /** A table type; a defined table may start with 0x40 0x00 and end with an initializer. */
  tableType(c3, defined) {
    const withInit = defined && this.bytes[c3.pos] === 64;
    if (withInit) {
      c3.pos++;
      c3.byte();
      this.bits |= FeatureBits.gc | FeatureBits.referenceTypes;
    }
    this.referenceType(c3);
    this.limits(c3);
    if (withInit) this.constExpr(c3);
    this.tables++;
  }
  /** The element type of a table or segment: funcref is MVP, anything else needs reference types. */
  referenceType(c3) {
    if (this.bytes[c3.pos] === 112) c3.pos++;
    else this.bits |= valTypeBits(c3) | FeatureBits.referenceTypes;
  }
  limits(c3) {
    const flags = this.bytes[c3.pos];
    if (flags !== void 0) {
      if (flags & 2) this.bits |= FeatureBits.threads;
      if (flags & 4) this.bits |= FeatureBits.memory64;
      if (flags & 8) this.bits |= FeatureBits.customPageSizes;
    }
    c3.limits();
  }
  exportSection(c3) {
    this.vec(c3, () => {
      c3.skipBytes(c3.u32("export name length"));
      const kind2 = c3.byte();
      const index = c3.u32("export index");
      if (kind2 === 3 && this.globalMutable[index]) this.bits |= FeatureBits.mutableGlobals;
      if (kind2 === 4) this.bits |= FeatureBits.exceptionHandling;
    });
  }
  elementSegment(c3) {
    const flags = c3.u32("element segment flags");
    if (flags > 7) throw new Error(`unknown element segment flags ${flags} at offset ${c3.pos}`);
    const passiveOrDeclarative = (flags & 1) !== 0;
    const explicitTable = (flags & 2) !== 0 && !passiveOrDeclarative;
    const expressions = (flags & 4) !== 0;
    if (passiveOrDeclarative) {
      this.bits |= FeatureBits.referenceTypes | (flags & 2 ? 0 : FeatureBits.bulkMemory);
    }
    if (explicitTable && c3.u32("element table index") !== 0) this.bits |= FeatureBits.referenceTypes;
    if (!passiveOrDeclarative) this.constExpr(c3);
    if (passiveOrDeclarative || explicitTable) {
      if (expressions) {
        this.referenceType(c3);
      } else {
        c3.byte();
      }
    }
    if (expressions) this.vec(c3, () => this.constExpr(c3, true));
    else this.vec(c3, () => c3.u32("element function index"));
  }
  dataSegment(c3) {
    const flags = c3.u32("data segment flags");
    if (flags === 1) {
      this.bits |= FeatureBits.bulkMemory;
    } else if (flags === 0 || flags === 2) {
      if (flags === 2 && c3.u32("data memory index") !== 0) this.bits |= FeatureBits.multimemory;
      this.constExpr(c3);
    } else {
      throw new Error(`unknown data segment flags ${flags} at offset ${c3.pos}`);
    }
    c3.skipBytes(c3.u32("data segment size"));
  }
  /** A constant expression (up to its `end`); element items may be ref.func without needing reference types. */
  constExpr(c3, elementItem = false) {
    if (elementItem && this.bytes[c3.pos] === 210) {
      c3.pos++;
      c3.u32("function index");
      if (c3.byte() !== 11) throw new Error(`element expression at offset ${c3.pos - 1} is not a lone ref.func`);
      return;
    }
    this.bits |= scanExpression(c3, this.types, true);
  }
  codeSection(c3) {
    const n2 = c3.u32("code count");
    for (let i2 = 0; i2 < n2; i2++) {
      const size = c3.u32("function body size");
      const bodyEnd = c3.pos + size;
      if (bodyEnd > c3.end) throw new Error(`truncated function body ${this.importedFunctions + i2} at offset ${c3.pos}`);
      const fn = new Cursor(this.bytes, c3.pos, bodyEnd);
      try {
        const groups = fn.u32("local declaration count");
        for (let j = 0; j < groups; j++) {
          fn.u32("local count");
          this.bits |= valTypeBits(fn);
        }
        this.bits |= scanExpression(fn, this.types, false);
      } catch (error) {
        if (error instanceof UndecodedError) this.bits |= error.bits;
        this.undecoded ??= `function ${this.importedFunctions + i2}: ${error.message}`;
      }
      c3.pos = bodyEnd;
    }
  }
};

// src/bench/engine-support.ts
var NODE_MAJOR = Number(process.versions.node.split(".")[0]);
var COMPILE_ERROR = /^WebAssembly\.(Module|compile)\(\): /;
function withEngineProblem(message, bytes2, nodeMajor = NODE_MAJOR) {
  if (!COMPILE_ERROR.test(message)) return message;
  let problem;
  try {
    problem = engineFeatureProblem(featuresOf(bytes2), nodeMajor);
  } catch {
    return message;
  }
  return problem ? `${message}; ${problem}` : message;
}
function featuresOf(bytes2) {
  const used = detectFeatures(bytes2).used;
  return usesExnref(bytes2) ? [...used, "exnref"] : used;
}
function usesExnref(bytes2) {
  const code = readSections(bytes2).find((s) => s.id === ID_CODE);
  if (!code) return false;
  try {
    const c3 = new Cursor(bytes2, code.payloadStart, code.end);
    for (let n2 = c3.u32("code count"); n2 > 0; n2--) {
      const size = c3.u32("function body size");
      const fn = new Cursor(bytes2, c3.pos, c3.pos + size);
      c3.pos += size;
      for (let groups = fn.u32("local declaration count"); groups > 0; groups--) fn.u32("local count"), fn.valType();
      while (fn.pos < fn.end) {
        const at = fn.pos;
        const op2 = fn.byte();
        if (op2 === 31 || op2 === 10) return true;
        if (!skipImmediates(op2, fn, at)) return false;
      }
    }
  } catch {
  }
  return false;
}
var ONE_LEB = /* @__PURE__ */ new Set([12, 13, 16, 18, 20, 21, 32, 33, 34, 35, 36, 37, 38, 63, 64, 65, 208, 210, 213, 214]);
var NONE = /* @__PURE__ */ new Set([0, 1, 5, 11, 15, 26, 27, 209, 211, 212]);
function skipImmediates(op2, c3, at) {
  if (op2 >= 69 && op2 <= 196 || NONE.has(op2)) return true;
  if (op2 >= 40 && op2 <= 62) memarg(c3);
  else if (ONE_LEB.has(op2)) c3.leb(5);
  else if (op2 === 66) c3.leb(10);
  else if (op2 === 67 || op2 === 68) c3.skipBytes(op2 === 67 ? 4 : 8);
  else if (op2 === 17 || op2 === 19) c3.leb(5), c3.leb(5);
  else if (op2 === 2 || op2 === 3 || op2 === 4) c3.blockType();
  else if (op2 === 14) for (let i2 = c3.u32("br_table length") + 1; i2 > 0; i2--) c3.leb(5);
  else if (op2 === 28) for (let i2 = c3.u32("select type count"); i2 > 0; i2--) c3.valType();
  else if (op2 === 252) return prefixFC2(c3) >= 0;
  else if (op2 === 253) return prefixFD2(c3) >= 0;
  else if (op2 === 254) return prefixFE2(c3);
  else return scanExtendedOp(op2, c3, 0, at) !== void 0;
  return true;
}

// src/wasm/signatures.ts
function exportSignatures(bytes2) {
  const d = readDeclarations(bytes2);
  const out = /* @__PURE__ */ new Map();
  for (const e of d.exports) {
    const type = e.kind === "function" ? d.types[d.functionTypes[e.index] ?? -1] : void 0;
    if (type) out.set(e.name, type);
  }
  return out;
}
function describeSignature(s) {
  return `(${s.params.join(", ")}) -> ${s.results.length === 0 ? "nothing" : s.results.join(", ")}`;
}
function benchSignatureProblem(name3, s) {
  if (!s) return void 0;
  const fits = s.params.length === 1 && s.params[0] === "i32" && s.results.length === 1 && (s.results[0] === "i32" || s.results[0] === "i64");
  if (fits) return void 0;
  return `${name3} has the signature ${describeSignature(s)}; a benchmark must be (i32) -> i32 or (i32) -> i64: n units of work in, a checksum out (so the work cannot be optimized away)`;
}

// src/bench/select.ts
import path10 from "node:path";
function selectBenchmarks(exports, patterns, traces) {
  const functions = exports.filter((e) => e.kind === "function").map((e) => e.name);
  const selected = functions.filter((name3) => patterns.some((p) => globMatch(p, name3))).map((name3) => ({ name: name3, kind: "export" }));
  if (traces.length > 0 && functions.includes("trace_load") && functions.includes("trace_replay")) {
    for (const file of traces) selected.push({ name: `trace:${path10.basename(file).replace(/\.trace$/, "")}`, kind: "trace", file });
  }
  return selected;
}

// src/bench/trace.ts
var TraceError = class extends Error {
};
function encodeTrace(text, file) {
  const ops = [];
  let allocations2 = 0;
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    const match = /^(Alloc|Free)\((\d+)\),?$/.exec(line);
    if (!match) throw new TraceError(`${file}:${index + 1}: expected Alloc(N), or Free(K), but found "${line.slice(0, 40)}"`);
    const value = Number(match[2]);
    if (match[1] === "Alloc") {
      if (value > 2147483647) throw new TraceError(`${file}:${index + 1}: allocation size ${value} does not fit in 31 bits`);
      ops.push(value);
      allocations2 += 1;
    } else {
      if (value >= allocations2) throw new TraceError(`${file}:${index + 1}: Free(${value}) frees an allocation that was not made yet`);
      ops.push(-value - 1);
    }
  });
  if (ops.length === 0) throw new TraceError(`${file}: the trace is empty`);
  return Int32Array.from(ops);
}

// src/bench/prepare-variant.ts
async function loadTraces(config) {
  const files = /* @__PURE__ */ new Set([...config.bench.traces, ...config.variants.flatMap((v) => v.bench ? v.bench.traces ?? [] : [])]);
  const traces = /* @__PURE__ */ new Map();
  for (const file of files) {
    try {
      traces.set(file, encodeTrace((await readInputFile(file, "trace", config.fileSizeLimitMb * 2 ** 20)).toString("utf8"), file));
    } catch (error) {
      traces.set(file, error instanceof InputReadError ? error : new Error(`trace ${file} cannot be used: ${error.message}`));
    }
  }
  return traces;
}
async function prepareVariant(input, name3, bytes2, variantBench, traces, budget) {
  const plain = new Uint8Array(bytes2);
  const importsModule = variantBench?.imports ?? input.config.bench.imports;
  const host = { variant: name3, imports: [], ...importsModule ? { importsModule } : {} };
  const run = { name: name3, plain, counted: null, host, memory: /* @__PURE__ */ new Map(), worker: void 0, entries: [], result: { measurements: {}, vsReference: {}, vsBase: {}, errors: {}, notRun: [], notTimed: [], startMemoryBytes: {} }, spent: /* @__PURE__ */ new Map() };
  const known = input.known?.get(name3);
  if (budget.spent) {
    run.result.errors[MODULE_KEY] = `not run: ${budget.describe()} was spent before this variant's turn`;
    return run;
  }
  const instrument = () => {
    try {
      const copy = makeCountingCopies(bytes2, input.builtModules?.get(name3), variantBench?.allocator ?? input.config.bench.allocator, input.functionKeys?.get(name3));
      run.counted = copy.counted;
      if (copy.allocation) run.allocation = { module: copy.allocation.module, host: { ...copy.allocation.host, variant: name3, ...importsModule ? { importsModule } : {} } };
      for (const note of copy.notes) input.log.info(`bench: ${name3}: ${note}`);
      if (copy.entryPoints.length > 0) input.log.info(`bench: ${name3}: allocation statistics from ${listSome(copy.entryPoints, 6)}`);
      return true;
    } catch (error) {
      run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${error.message}`;
      return false;
    }
  };
  try {
    Object.assign(host, readModuleInterface(bytes2));
  } catch (error) {
    run.result.errors[MODULE_KEY] = `instruction counting is not possible for this module: ${error.message}`;
    return run;
  }
  if (importsModule) {
    try {
      await checkInputFile(importsModule, "bench.imports", input.config.fileSizeLimitMb * 2 ** 20);
    } catch (error) {
      run.result.errors[MODULE_KEY] = error.message;
      return run;
    }
  }
  if (!known && !instrument()) return run;
  let info;
  try {
    info = await ensureWorker(input, run, budget);
  } catch (error) {
    run.result.errors[MODULE_KEY] = withEngineProblem(error.message, bytes2);
    return run;
  }
  const patterns = variantBench?.exports ?? input.config.bench.exports;
  const selected = selectBenchmarks(info.exports, patterns, variantBench?.traces ?? input.config.bench.traces);
  if (selected.length === 0) return run;
  const cap = input.config.bench.maxBenchmarks;
  if (selected.length > cap) {
    run.result.errors[MODULE_KEY] = `${selected.length.toLocaleString("en-US")} benchmarks match bench.exports (${listSome(patterns, 3)}), more than the ${cap.toLocaleString("en-US")} a variant may run: none of them ran; narrow bench.exports, or raise bench.maxBenchmarks`;
    return run;
  }
  const unknown = selected.filter((e) => !knownAt(known, e.name, storedIterations(input.mode, input.baseline, name3, e.name)));
  if (known && unknown.length > 0) {
    if (!instrument()) return run;
    try {
      await ensureWorker(input, run, budget);
    } catch (error) {
      run.result.errors[MODULE_KEY] = withEngineProblem(error.message, bytes2);
      return run;
    }
  }
  const signatures = exportSignatures(bytes2);
  for (const entry of selected) {
    const wrongShape = entry.kind === "export" ? benchSignatureProblem(entry.name, signatures.get(entry.name)) : traceSignatureProblem(signatures);
    if (wrongShape) {
      run.result.errors[entry.name] = wrongShape;
      continue;
    }
    if (entry.kind === "export") {
      run.entries.push({ entry, spec: { kind: "export", name: entry.name } });
      continue;
    }
    const ops = traces.get(entry.file ?? "");
    if (ops instanceof Int32Array) run.entries.push({ entry, spec: { kind: "trace", name: entry.name, ops } });
    else run.result.errors[entry.name] = ops?.message ?? "trace missing";
  }
  input.log.info(`bench: ${name3}: ${plural(run.entries.length, "benchmark")}: ${listSome(run.entries.map((e) => e.entry.name), 10)}`);
  return run;
}
function traceSignatureProblem(signatures) {
  const load3 = signatures.get("trace_load");
  if (load3 && !(load3.params.join() === "i32" && load3.results.join() === "i32")) {
    return `trace_load has the signature ${describeSignature(load3)}; it must be (i32) -> i32: the count of operations in, a pointer to their buffer out`;
  }
  return benchSignatureProblem("trace_replay", signatures.get("trace_replay"));
}

// src/bench/stats.ts
function binomialCdf(k, n2) {
  let logTerm = n2 * Math.log(0.5);
  let sum = Math.exp(logTerm);
  for (let i2 = 1; i2 <= k; i2++) {
    logTerm += Math.log((n2 - i2 + 1) / i2);
    sum += Math.exp(logTerm);
  }
  return sum;
}
function medianRanks(n2) {
  let k = 1;
  while (k + 1 <= n2 && binomialCdf(k, n2) <= 0.025) k += 1;
  return [k, n2 + 1 - k];
}
function summarizeThroughput(samples) {
  const sorted = samples.filter((s) => s > 0 && Number.isFinite(s)).sort((a2, b) => a2 - b);
  const n2 = sorted.length;
  if (n2 === 0) throw new Error("no valid samples");
  const [lo, hi] = medianRanks(n2);
  const median = n2 % 2 ? sorted[(n2 - 1) / 2] : (sorted[n2 / 2 - 1] + sorted[n2 / 2]) / 2;
  const mean = sorted.reduce((a2, b) => a2 + b, 0) / n2;
  const sd = n2 > 1 ? Math.sqrt(sorted.reduce((a2, b) => a2 + (b - mean) ** 2, 0) / (n2 - 1)) : 0;
  return {
    median,
    ci95: n2 >= 6 ? [sorted[lo - 1], sorted[hi - 1]] : [sorted[0], sorted[n2 - 1]],
    samples: n2,
    rsdPct: sd / mean * 100
  };
}
function roundRatios(ownNs, partnerNs) {
  const ratios = [];
  for (let i2 = 0; i2 < Math.min(ownNs.length, partnerNs.length); i2++) {
    const own2 = ownNs[i2];
    const partner = partnerNs[i2];
    if (own2 > 0 && partner > 0) ratios.push(partner / own2);
  }
  return ratios;
}
function relativeHalfWidth(summary) {
  return (summary.ci95[1] - summary.ci95[0]) / 2 / summary.median;
}
function shuffled(items, seed) {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i2 = out.length - 1; i2 > 0; i2--) {
    const j = Math.floor(next() * (i2 + 1));
    [out[i2], out[j]] = [out[j], out[i2]];
  }
  return out;
}
function sliceRatioInterval(sliceRatios) {
  const valid = sliceRatios.filter((r) => r > 0 && Number.isFinite(r));
  if (valid.length < 2) return void 0;
  const { median, ci95 } = summarizeThroughput(valid);
  return { ratio: median, ci95 };
}

// src/bench/paired-phase.ts
var PAIR_SAMPLE_MS = 2;
var REQUEST_MS = 100;
var SLICE_BLOCKS = 2;
var MIN_SLICES = 8;
var MIN_SPAN_MS = 6e3;
var MAX_SLICES = 500;
var CYCLE_MS = 600;
var WARMUP_ROUNDS = 1;
async function pairedPhase(input, plans, budget) {
  let active = plans.flatMap(
    ({ run, partners }) => partners.flatMap(
      (partner) => run.entries.filter(({ spec }) => run.result.measurements[spec.name] && !run.result.errors[spec.name] && partner.benches?.has(spec.name) !== false).map(({ spec }) => ({ run, partner, spec, sliceRatios: [], blocks: 0, spentMs: 0 }))
    )
  );
  while (active.length > 0) {
    const cycleStarted = performance.now();
    const next = [];
    for (const job of active) {
      try {
        await pairSlice(input, job, budget);
        if (pairDone(input, job)) finish2(input, job);
        else next.push(job);
      } catch (error) {
        if (error instanceof BudgetSpent || budget.spent) {
          for (const left of active) finish2(input, left);
          input.log.warn(`bench: pairing stopped early: ${budget.describe()} ran out; ${active.length} ratio(s) come from the slices taken so far (wider intervals, none from fewer than 2 slices)`);
          return;
        }
        input.log.warn(`bench: ${job.run.name} ${job.spec.name} vs ${job.partner.key}: not paired: ${error.message}`);
      }
    }
    active = next;
    const wait = Math.min(CYCLE_MS - (performance.now() - cycleStarted), budget.leftMs);
    if (active.length > 0 && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
function pairDone(input, job) {
  const { pairTargetPct, pairTimeLimitMs } = input.config.bench;
  const interval = job.sliceRatios.length >= MIN_SLICES && spanMs(job) >= MIN_SPAN_MS ? sliceRatioInterval(job.sliceRatios) : void 0;
  if (interval && relativeHalfWidth({ median: interval.ratio, ci95: interval.ci95 }) <= pairTargetPct / 100) return true;
  return job.spentMs >= pairTimeLimitMs || job.sliceRatios.length >= MAX_SLICES;
}
var spanMs = (job) => (job.lastAt ?? 0) - (job.firstAt ?? 0);
function finish2(input, job) {
  const interval = sliceRatioInterval(job.sliceRatios);
  if (!interval) return;
  const ratio = { ratio: round4(interval.ratio), ci95: [round4(interval.ci95[0]), round4(interval.ci95[1])] };
  job.partner.into[job.spec.name] = ratio;
  const span = formatSeconds(spanMs(job));
  input.log.detail(`bench: ${job.run.name} ${job.spec.name} vs ${job.partner.key}: ${ratio.ratio} [${ratio.ci95[0]}, ${ratio.ci95[1]}] from ${job.sliceRatios.length} slices over ${span} (${formatSeconds(job.spentMs)} timed)`);
}
async function pairSlice(input, job, budget) {
  job.rounds ??= await planRounds(input, job, budget);
  const { run, partner, spec } = job;
  const started = performance.now();
  job.firstAt ??= started;
  const ratios = [];
  for (let block = 0; block < SLICE_BLOCKS; block++) {
    const headFirst = job.blocks++ % 2 === 0;
    const reply = await pairRequest(input, run, partner, { op: "pair", bench: spec, partner: partner.key, ...job.rounds, warmup: WARMUP_ROUNDS, headFirst }, budget);
    ratios.push(...roundRatios(reply.headNs, reply.partnerNs));
  }
  job.lastAt = performance.now();
  job.spentMs += job.lastAt - started;
  if (ratios.length > 0) job.sliceRatios.push(summarizeThroughput(ratios).median);
}
async function planRounds(input, job, budget) {
  const { run, partner, spec } = job;
  const limitBytes = input.config.bench.memoryLimitMb * 1048576;
  const own2 = run.memory.get(spec.name) ?? { startBytes: 0, bytesPerUnit: 0 };
  const other = partner.memory.get(spec.name) ?? own2;
  const ownUnitMs = run.unitMs?.get(spec.name) ?? await calibrateUnitMs(input, run, partner, spec, own2, void 0, budget);
  const partnerUnitMs = partner.unitMs?.get(spec.name) ?? await calibrateUnitMs(input, run, partner, spec, other, partner.key, budget);
  const maxBatch = Math.min(maxBatchForMemory(own2.bytesPerUnit, own2.startBytes, limitBytes), maxBatchForMemory(other.bytesPerUnit, other.startBytes, limitBytes));
  const slowerUnitMs = Math.max(ownUnitMs, partnerUnitMs, 1e-9);
  const counted = run.result.measurements[spec.name]?.iterations;
  const batch = Math.max(1, Math.min(maxBatch, counted ?? Math.floor(PAIR_SAMPLE_MS / slowerUnitMs)));
  const repeat = Math.max(1, Math.min(Math.floor(maxBatch / batch), Math.round(PAIR_SAMPLE_MS / (slowerUnitMs * batch))));
  const roundMs = (ownUnitMs + partnerUnitMs) * batch * repeat;
  const rounds = 2 * Math.max(1, Math.min(100, Math.round(REQUEST_MS / Math.max(roundMs, 1e-3) / 2)));
  return { batch, repeat, rounds, bytesPerUnit: own2.bytesPerUnit, partnerBytesPerUnit: other.bytesPerUnit };
}
async function calibrateUnitMs(input, run, partner, spec, side, key, budget) {
  const maxBatch = maxBatchForMemory(side.bytesPerUnit, side.startBytes, input.config.bench.memoryLimitMb * 1048576);
  const reply = await pairRequest(input, run, partner, { op: "calibrate", bench: spec, targetMs: PAIR_SAMPLE_MS, maxBatch, bytesPerUnit: side.bytesPerUnit, ...key ? { partner: key } : {} }, budget);
  return reply.lastMs / reply.batch;
}
async function pairRequest(input, run, partner, request, budget) {
  if (budget.spent) throw new BudgetSpent(budget.describe());
  if (!run.worker?.alive) await ensureWorker(input, run, budget);
  const worker = run.worker;
  if (partner.loadedIn !== worker) {
    await worker.request({ op: "loadPartner", key: partner.key, plain: partner.plain, host: partner.host }, Math.max(input.config.bench.timeLimitMs, LOAD_TIME_FLOOR_MS));
    partner.loadedIn = worker;
  }
  return worker.request(request, Math.max(1, Math.min(input.config.bench.timeLimitMs, budget.leftMs)));
}

// src/bench/throughput-phase.ts
async function throughputPhase(input, runs, budget) {
  const { config, log } = input;
  const tasks = [];
  const unmeasured = (run, name3) => {
    if (!run.result.notTimed.includes(name3)) run.result.notTimed.push(name3);
  };
  for (const [i2, run] of runs.entries()) {
    const share = new BudgetShare(budget, i2, runs.length, 1);
    for (const { entry, spec } of run.entries) {
      if (!run.result.measurements[entry.name]) continue;
      const { startBytes = 0, bytesPerUnit = 0 } = run.memory.get(entry.name) ?? {};
      const maxBatch = maxBatchForMemory(bytesPerUnit, startBytes, config.bench.memoryLimitMb * 1048576);
      try {
        const reply = await ask(input, run, entry.name, { op: "calibrate", bench: spec, targetMs: config.bench.targetSampleMs, maxBatch, bytesPerUnit }, share);
        tasks.push({ run, spec, batch: reply.batch, bytesPerUnit, samples: [] });
        (run.unitMs ??= /* @__PURE__ */ new Map()).set(entry.name, reply.lastMs / reply.batch);
      } catch (error) {
        if (error instanceof BudgetSpent) unmeasured(run, entry.name);
        else if (!(error instanceof ModuleFailure)) log.warn(`bench: ${run.name} ${entry.name} failed: ${run.result.errors[entry.name]}`);
      }
    }
  }
  const seed = Date.now() >>> 0;
  const started = performance.now();
  let rounds = 0;
  for (let round2 = 0; round2 < config.bench.samples && !budget.spent; round2++) {
    for (const task of shuffled(tasks, seed + round2)) {
      if (task.run.result.errors[task.spec.name]) continue;
      try {
        const reply = await ask(input, task.run, task.spec.name, { op: "time", bench: task.spec, batch: task.batch, bytesPerUnit: task.bytesPerUnit }, budget);
        task.samples[round2] = task.batch / (reply.ns / 1e9);
      } catch (error) {
        if (!(error instanceof BudgetSpent || error instanceof ModuleFailure)) log.warn(`bench: ${task.run.name} ${task.spec.name} failed: ${task.run.result.errors[task.spec.name]}`);
      }
    }
    rounds = round2 + 1;
    log.info(`bench: throughput round ${round2 + 1}/${config.bench.samples}, ${plural(tasks.length, "benchmark")} (${formatSeconds(performance.now() - started)})`);
  }
  for (const task of tasks) {
    const measurement2 = task.run.result.measurements[task.spec.name];
    const samples = task.samples.filter((s) => s !== void 0);
    if (!measurement2) continue;
    if (rounds < config.bench.samples) {
      unmeasured(task.run, task.spec.name);
      continue;
    }
    const summary = summarizeThroughput(samples);
    measurement2.opsPerSec = round4(summary.median);
    measurement2.opsPerSecCi95 = [round4(summary.ci95[0]), round4(summary.ci95[1])];
    measurement2.samples = summary.samples;
  }
}

// src/bench/bench-stage.ts
var BenchStage = class {
  byVariant = /* @__PURE__ */ new Map();
  input;
  /** paused until there is bench work: the builds between variants do not spend it */
  budget;
  traces;
  prepared = [];
  runs = [];
  /** per variant, its module built at the base commit (check --against), timed against the head's */
  bases = /* @__PURE__ */ new Map();
  /** each variant's early work, one after another */
  queue = Promise.resolve();
  /** the bench step in flight, which a hold waits for */
  inFlight = Promise.resolve();
  holds = 0;
  released = Promise.resolve();
  release = () => {
  };
  closed = false;
  /** the variants that run benchmarks, in order: each gets its share of the budget */
  benched;
  constructor(setup) {
    this.input = { ...setup, modules: /* @__PURE__ */ new Map(), builtModules: /* @__PURE__ */ new Map(), functionKeys: /* @__PURE__ */ new Map(), known: /* @__PURE__ */ new Map() };
    this.budget = new Budget(setup.config.bench.totalTimeLimitMs, false);
    this.benched = setup.config.variants.filter((v) => v.bench !== false).map((v) => v.name);
  }
  /** A variant's module, ready to run: its worker starts, and its stored-iteration counts begin. */
  add(name3, bytes2, extras = {}) {
    const { config } = this.input;
    if (!config.bench.enabled) return;
    this.input.modules.set(name3, bytes2);
    if (extras.built) this.input.builtModules.set(name3, extras.built);
    if (extras.functionKeys) this.input.functionKeys.set(name3, extras.functionKeys);
    if (extras.known) this.input.known.set(name3, extras.known);
    const variantBench = config.variants.find((v) => v.name === name3)?.bench;
    if (variantBench === false) return;
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      this.traces ??= loadTraces(config);
      const traces = await this.traces;
      const run = await this.step(() => prepareVariant(this.input, name3, bytes2, variantBench, traces, this.budget));
      this.prepared.push(run);
      this.byVariant.set(name3, run.result);
      if (run.entries.length === 0 || this.closed) {
        run.worker?.kill();
        return;
      }
      this.runs.push(run);
      const share = new BudgetShare(this.budget, this.benched.indexOf(name3), this.benched.length, 2 + timingPasses(this.input));
      await countStored(this.input, run, share, (work) => this.step(work));
    });
    this.queue = this.queue.catch((error) => {
      const result = this.byVariant.get(name3) ?? { measurements: {}, vsReference: {}, vsBase: {}, errors: {}, notRun: [], notTimed: [], startMemoryBytes: {} };
      result.errors[MODULE_KEY] ??= `the bench stage failed: ${error?.message ?? error}`;
      this.byVariant.set(name3, result);
    });
  }
  /** The base commit's build of variant `name`, optimized as the head's was: before finish(). */
  addBase(name3, bytes2) {
    this.bases.set(name3, bytes2);
  }
  /** Runs `fn` with no bench step running beside it: the one in flight finishes first. */
  async hold(fn) {
    if (this.holds++ === 0) this.released = new Promise((resolve) => this.release = resolve);
    try {
      await this.inFlight;
      return await fn();
    } finally {
      if (--this.holds === 0) this.release();
    }
  }
  /** The rest: calibration across variants, the remaining counts, then the timed runs. */
  async finish(beforeTiming) {
    await this.queue;
    if (this.runs.length === 0) return { tools: {}, byVariant: this.byVariant };
    const { config, log } = this.input;
    this.budget.resume();
    try {
      await countPhase(this.input, this.runs, this.budget);
      if (config.bench.throughput) {
        await beforeTiming?.();
        await throughputPhase(this.input, this.runs, this.budget);
        await pairedPhase(this.input, this.pairPlans(), this.budget);
      }
    } finally {
      this.budget.pause();
    }
    log.info(`bench: done in ${formatSeconds(this.budget.elapsedMs)}`);
    return {
      tools: {
        bench: `node ${process.version} (V8 ${process.versions.v8}), TurboFan only (--no-liftoff), warmed up; ${config.bench.samples} samples of ≥${config.bench.targetSampleMs} ms per benchmark, median and order-statistic 95% interval; variants interleaved in shuffled order; ratios paired in one process, alternating rounds, in slices spread over time (t interval over slices), until ±${config.bench.pairTargetPct}% or ${formatSeconds(config.bench.pairTimeLimitMs)}`
      },
      byVariant: this.byVariant
    };
  }
  /** Who each variant is timed against in one process: the reference variant, its base build. */
  pairPlans() {
    const { config, log } = this.input;
    const reference = this.runs.find((r) => r.name === config.reference);
    const plans = [];
    for (const run of this.runs) {
      const partners = [];
      if (reference && reference !== run) {
        const measured = new Set(Object.keys(reference.result.measurements).filter((b) => !reference.result.errors[b]));
        partners.push({ key: "reference", plain: reference.plain, host: reference.host, memory: reference.memory, ...reference.unitMs ? { unitMs: reference.unitMs } : {}, benches: measured, into: run.result.vsReference });
      }
      const base = this.bases.get(run.name);
      if (base) {
        try {
          const host = { ...run.host, ...readModuleInterface(base) };
          partners.push({ key: "base", plain: new Uint8Array(base), host, memory: /* @__PURE__ */ new Map(), into: run.result.vsBase });
        } catch (error) {
          log.warn(`bench: ${run.name}: the base commit's module cannot be timed: ${error.message}`);
        }
      }
      if (partners.length > 0) plans.push({ run, partners });
    }
    return plans;
  }
  /** Stops every worker (a live one keeps the process alive): on every path, once done. */
  close() {
    this.closed = true;
    for (const run of this.prepared) run.worker?.kill();
  }
  /** One piece of bench work: after any hold, with the budget running while it runs. */
  async step(work) {
    while (this.holds > 0) await this.released;
    if (this.closed) throw new BudgetSpent("the bench stage was closed");
    this.budget.resume();
    const running2 = work();
    this.inFlight = running2.catch(() => {
    });
    try {
      return await running2;
    } finally {
      this.budget.pause();
    }
  }
};

// src/cache/gate-cache.ts
import { readdir as readdir3, rm as rm2, stat as stat2, utimes } from "node:fs/promises";
import path11 from "node:path";

// src/wasm/component.ts
var COMPONENT_SECTION_NAMES = [
  "custom",
  "core-module",
  "core-instance",
  "core-type",
  "component",
  "instance",
  "alias",
  "type",
  "canon",
  "start",
  "import",
  "export",
  "value"
];
var ID_CORE_MODULE = 1;
var ID_COMPONENT = 4;
function isComponent(bytes2) {
  return bytes2.length >= 8 && bytes2[0] === 0 && bytes2[1] === 97 && bytes2[2] === 115 && bytes2[3] === 109 && bytes2[6] === 1 && bytes2[7] === 0;
}
function checkArtifact(bytes2) {
  if (!isComponent(bytes2)) {
    readSections(bytes2);
    return;
  }
  for (const m of embeddedCoreModules(bytes2)) readSections(bytes2.subarray(m.start, m.end));
}
function readComponentSections(bytes2, start = 0, end = bytes2.length) {
  checkPreamble(bytes2, start, end);
  const sections = [];
  const c3 = new Cursor(bytes2, start + 8, end);
  while (c3.pos < end) {
    const at = c3.pos;
    const id = c3.byte();
    const size = c3.u32("section size");
    const payloadStart = c3.pos;
    if (size > end - payloadStart) {
      throw new NotWasmError(`truncated component section ${id} at offset ${at}: ${size} bytes overrun the component`);
    }
    c3.pos = payloadStart + size;
    let kind2 = COMPONENT_SECTION_NAMES[id] ?? `unknown:${id}`;
    if (id === 0) {
      const name3 = new Cursor(bytes2, payloadStart, c3.pos);
      const len = name3.u32("custom section name length");
      name3.skipBytes(len);
      kind2 = utf88.decode(bytes2.subarray(name3.pos - len, name3.pos));
    }
    sections.push({ id, kind: kind2, start: at, payloadStart, end: c3.pos });
  }
  return sections;
}
var utf88 = new TextDecoder("utf-8");
function checkPreamble(bytes2, start, end) {
  if (end - start < 8 || !isComponent(bytes2.subarray(start, start + 8))) {
    throw new NotWasmError(`not a WebAssembly component at offset ${start}`);
  }
  const version = bytes2[start + 4] | bytes2[start + 5] << 8;
  if (version !== 13) {
    throw new NotWasmError(`unsupported component binary version 0x${version.toString(16)} (this reader knows 0xd, the component model's)`);
  }
}
function componentSectionSizes(bytes2) {
  const out = {};
  const counters = {};
  const used = /* @__PURE__ */ new Set();
  for (const s of readComponentSections(bytes2)) {
    let name3;
    if (s.id === ID_CORE_MODULE || s.id === ID_COMPONENT) {
      const n2 = counters[s.id] ?? 0;
      counters[s.id] = n2 + 1;
      name3 = `${s.kind}:${n2}`;
    } else if (s.id === 0) {
      name3 = s.kind;
      if (COMPONENT_SECTION_NAMES.includes(name3) || used.has(name3) || /^(core-module|component):/.test(name3)) {
        name3 = `custom:${s.kind}`;
        for (let n2 = 2; used.has(name3); n2++) name3 = `custom:${s.kind}#${n2}`;
      }
    } else {
      name3 = s.kind;
    }
    used.add(name3);
    Object.defineProperty(out, name3, { value: (out[name3] ?? 0) + s.end - s.start, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function embeddedCoreModules(bytes2) {
  const found = [];
  const walk2 = (start, end, prefix) => {
    let modules = 0;
    let components = 0;
    for (const s of readComponentSections(bytes2, start, end)) {
      if (s.id === ID_CORE_MODULE) {
        found.push({ index: found.length, location: `${prefix}core module ${modules++}`, start: s.payloadStart, end: s.end });
      } else if (s.id === ID_COMPONENT) {
        walk2(s.payloadStart, s.end, `${prefix}component ${components++} › `);
      }
    }
  };
  walk2(0, bytes2.length, "");
  return found;
}
function replaceCoreModules(bytes2, replacements2) {
  let next = 0;
  const rebuild = (start, end) => {
    const parts2 = [bytes2.subarray(start, start + 8)];
    for (const s of readComponentSections(bytes2, start, end)) {
      let payload;
      if (s.id === ID_CORE_MODULE) {
        const replacement = replacements2.get(next++);
        if (replacement) payload = [replacement];
      } else if (s.id === ID_COMPONENT) {
        const before = next;
        const inner = rebuild(s.payloadStart, s.end);
        if ([...replacements2.keys()].some((k) => k >= before && k < next)) payload = inner;
      }
      if (!payload) {
        parts2.push(bytes2.subarray(s.start, s.end));
        continue;
      }
      const size = payload.reduce((n2, p) => n2 + p.length, 0);
      parts2.push(new Uint8Array([s.id, ...encodeU32(size)]), ...payload);
    }
    return parts2;
  };
  const parts = rebuild(0, bytes2.length);
  return concatBytes(parts);
}

// src/cache/cache-entry.ts
var CACHE_FORMAT = 1;
function cacheEntryFor(fingerprint, m, functionKeys, startMemoryBytes) {
  if (!fingerprint.optimized || m.optimizeFailed || m.functionsOmitted) return void 0;
  const measurement2 = {
    size: m.size,
    sections: m.sections,
    ...m.features ? { features: m.features } : {},
    ...m.functions ? { functions: m.functions } : {},
    ...m.functionNaming ? { functionNaming: m.functionNaming } : {},
    ...m.component ? { component: m.component } : {}
  };
  const entry = { format: CACHE_FORMAT, artifact: fingerprint.artifact, sizes: fingerprint.sizes, optimized: fingerprint.optimized, measurement: measurement2 };
  if (functionKeys && !m.component) entry.functionKeys = functionKeys;
  const benches = Object.entries(m.bench ?? {});
  const complete = benches.every(([, b]) => !b.profileOmitted && !b.cyclesProfileOmitted);
  if (fingerprint.bench && m.bench && !m.benchErrors && complete) {
    const results = {};
    for (const [name3, b] of benches) {
      const { opsPerSec: _o, opsPerSecCi95: _c, samples: _s, ...exact } = b;
      Object.defineProperty(results, name3, { value: exact, enumerable: true, writable: true, configurable: true });
    }
    entry.counts = { bench: fingerprint.bench, results, startMemoryBytes: startMemoryBytes ?? {} };
  }
  return entry;
}
var Bad = class extends Error {
};
function fail2(at, what) {
  throw new Bad(`${at} ${what}`);
}
function obj2(v, at) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail2(at, "is not an object");
  return v;
}
function int(v, at) {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) fail2(at, "is not a non-negative integer");
  return v;
}
function str2(v, at, max = 4e3) {
  if (typeof v !== "string" || v.length > max) fail2(at, "is not a string");
  return v;
}
function strings(v, at) {
  if (!Array.isArray(v)) fail2(at, "is not an array");
  return v.map((s, i2) => str2(s, `${at}/${i2}`));
}
function counts(v, at) {
  return toRecord(Object.entries(obj2(v, at)).map(([k, n2]) => [k, int(n2, `${at}/${k}`)]));
}
function sizes(v, at) {
  const o2 = obj2(v, at);
  return { raw: int(o2.raw, `${at}/raw`), ...o2.optimized === void 0 ? {} : { optimized: int(o2.optimized, `${at}/optimized`) }, gzip: int(o2.gzip, `${at}/gzip`), brotli: int(o2.brotli, `${at}/brotli`) };
}
function features(v, at) {
  const o2 = obj2(v, at);
  return {
    used: strings(o2.used, `${at}/used`),
    ...o2.declared === void 0 ? {} : { declared: strings(o2.declared, `${at}/declared`) },
    enabled: strings(o2.enabled, `${at}/enabled`),
    ...o2.undecoded === void 0 ? {} : { undecoded: str2(o2.undecoded, `${at}/undecoded`) }
  };
}
function measurement(v) {
  const o2 = obj2(v, "/measurement");
  const m = { size: sizes(o2.size, "/measurement/size"), sections: counts(o2.sections, "/measurement/sections") };
  if (o2.features !== void 0) m.features = features(o2.features, "/measurement/features");
  if (o2.functions !== void 0) m.functions = counts(o2.functions, "/measurement/functions");
  if (o2.functionNaming !== void 0) {
    const n2 = obj2(o2.functionNaming, "/measurement/functionNaming");
    m.functionNaming = { named: int(n2.named, "named"), total: int(n2.total, "total"), ...n2.note === void 0 ? {} : { note: str2(n2.note, "note") }, ...n2.unnamedByOptimizer === true ? { unnamedByOptimizer: true } : {} };
  }
  if (o2.component !== void 0) {
    const c3 = obj2(o2.component, "/measurement/component");
    if (!Array.isArray(c3.coreModules)) fail2("/measurement/component/coreModules", "is not an array");
    const coreModules = c3.coreModules.map((core, i2) => {
      const at = `/measurement/component/coreModules/${i2}`;
      const x = obj2(core, at);
      return { index: int(x.index, `${at}/index`), location: str2(x.location, `${at}/location`), size: sizes(x.size, `${at}/size`), sections: counts(x.sections, `${at}/sections`), features: features(x.features, `${at}/features`) };
    });
    m.component = { coreModules, ...c3.benchModule === void 0 ? {} : { benchModule: int(c3.benchModule, "/measurement/component/benchModule") } };
  }
  return m;
}
function bench(v, at) {
  const o2 = obj2(v, at);
  const b = { iterations: int(o2.iterations, `${at}/iterations`) };
  for (const key of ["cycles", "instructions", "peakMemoryBytes", "initialMemoryBytes"]) if (o2[key] !== void 0) b[key] = int(o2[key], `${at}/${key}`);
  if (o2.profile !== void 0) b.profile = counts(o2.profile, `${at}/profile`);
  if (o2.cyclesProfile !== void 0) b.cyclesProfile = counts(o2.cyclesProfile, `${at}/cyclesProfile`);
  if (o2.allocations !== void 0) b.allocations = allocations(o2.allocations, `${at}/allocations`, (v2, p) => int(v2, p));
  if (o2.allocationSizes !== void 0) b.allocationSizes = counts(o2.allocationSizes, `${at}/allocationSizes`);
  if (o2.heapOverhead !== void 0) b.heapOverhead = typeof o2.heapOverhead === "number" && Number.isFinite(o2.heapOverhead) ? o2.heapOverhead : fail2(`${at}/heapOverhead`, "is not a number");
  if (o2.cache !== void 0) b.cache = cacheEvents(o2.cache, `${at}/cache`, (v2, p) => int(v2, p));
  if (o2.allocStats !== void 0) {
    const stats = obj2(o2.allocStats, `${at}/allocStats`);
    b.allocStats = Object.fromEntries(Object.entries(stats).map(([k, n2]) => [k, typeof n2 === "number" && Number.isFinite(n2) ? n2 : fail2(`${at}/allocStats/${k}`, "is not a number")]));
  }
  return b;
}
function sameRecord(a2, b) {
  const x = Object.entries(a2);
  return x.length === Object.keys(b).length && x.every(([k, v]) => Object.hasOwn(b, k) && b[k] === v);
}
function readCacheEntry(text, expect, optimized) {
  try {
    const o2 = obj2(JSON.parse(text), "/");
    if (o2.format !== CACHE_FORMAT) fail2("/format", `is not ${CACHE_FORMAT}`);
    if (o2.artifact !== expect.artifact || o2.sizes !== expect.sizes) fail2("/", "is for another artifact or other settings");
    const digest = str2(o2.optimized, "/optimized", 64);
    if (sha256(optimized) !== digest) fail2("/optimized", "does not match the optimized module stored with it");
    const m = measurement(o2.measurement);
    if (m.size.raw !== expect.rawLength || m.size.optimized !== optimized.length) fail2("/measurement/size", "does not match the artifact or the optimized module");
    const component = isComponent(optimized);
    if (!sameRecord(m.sections, component ? componentSectionSizes(optimized) : sectionSizes(optimized))) fail2("/measurement/sections", "are not those of the optimized module");
    const entry = { format: CACHE_FORMAT, artifact: expect.artifact, sizes: expect.sizes, optimized: digest, measurement: m };
    if (o2.functionKeys !== void 0) {
      const keys = strings(o2.functionKeys, "/functionKeys");
      const bodies = readFunctionBodies(optimized).sizes;
      if (keys.length !== bodies.length || !m.functions || !sameRecord(m.functions, sumByKey(keys, bodies))) fail2("/measurement/functions", "are not the function sizes of the optimized module");
      entry.functionKeys = keys;
    } else if (m.functions && !component) fail2("/functionKeys", "is missing");
    if (o2.counts !== void 0) {
      const c3 = obj2(o2.counts, "/counts");
      const results = obj2(c3.results, "/counts/results");
      entry.counts = {
        bench: str2(c3.bench, "/counts/bench", 64),
        results: Object.fromEntries(Object.entries(results).map(([k, b]) => [k, bench(b, `/counts/results/${k}`)])),
        startMemoryBytes: counts(c3.startMemoryBytes, "/counts/startMemoryBytes")
      };
    }
    return entry;
  } catch (error) {
    if (error instanceof Bad || error instanceof SyntaxError) return { why: error.message };
    return { why: `unreadable: ${error.message}` };
  }
}

// src/cache/gate-cache.ts
var MAX_RECORD_BYTES = 64 * 1024 * 1024;
var GateCache = class {
  constructor(dir, maxBytes, log) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.log = log;
  }
  dir;
  maxBytes;
  log;
  files(fingerprint) {
    const key = sha256(`wasm-gate cache ${CACHE_FORMAT}
${fingerprint.artifact}
${fingerprint.sizes}`);
    return { record: path11.join(this.dir, `${key}.json`), module: path11.join(this.dir, `${key}.wasm`) };
  }
  /** The entry for this artifact and optimizer with its optimized bytes; or why there is none. */
  async read(fingerprint, rawLength) {
    const { record: record2, module: module2 } = this.files(fingerprint);
    try {
      const [text, bytes2] = await Promise.all([readInputFile(record2, "cache record", MAX_RECORD_BYTES), readInputFile(module2, "cached module")]);
      const optimized = new Uint8Array(bytes2);
      const entry = readCacheEntry(text.toString("utf8"), { artifact: fingerprint.artifact, sizes: fingerprint.sizes, rawLength }, optimized);
      if ("why" in entry) return { why: `its cache entry ${record2} cannot be used: ${entry.why}` };
      const now = /* @__PURE__ */ new Date();
      await utimes(record2, now, now).catch(() => {
      });
      return { entry, optimized };
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT") return { why: "not in the cache" };
      return { why: error instanceof InputReadError ? `its ${error.message}` : `its cache entry cannot be read (${code ?? error.message})` };
    }
  }
  /** Writes an entry; a cache that cannot be written is a warning, never a failure of the gate. */
  async write(fingerprint, entry, optimized) {
    const { record: record2, module: module2 } = this.files(fingerprint);
    try {
      if (optimized) await writeFileAtomic(module2, optimized, "cached module");
      await writeFileAtomic(record2, `${JSON.stringify(entry)}
`, "cache record");
    } catch (error) {
      this.log.warn(`cache: ${error.message} (the gate's results are not affected)`);
    }
  }
  /**
   * Keeps what a run measured of each variant without a problem (and with its optimized bytes),
   * then prunes. An entry read from the cache is written again only when its counts were made now.
   */
  async saveRun(variants) {
    for (const v of variants) {
      const m = v.measurement;
      if (!m?.fingerprint || !v.shipped || v.problems.length > 0) continue;
      if (v.fromCache && (v.knownCounts || !v.bench)) continue;
      const entry = cacheEntryFor(m.fingerprint, m, v.functionKeys, v.bench?.startMemoryBytes ?? v.knownCounts?.startMemoryBytes);
      if (entry) await this.write(m.fingerprint, entry, v.fromCache ? void 0 : v.shipped);
    }
    await this.prune();
  }
  /** Removes the least recently used entries until the directory is within its bound. */
  async prune() {
    let names;
    try {
      names = await readdir3(this.dir);
    } catch {
      return;
    }
    const entries = /* @__PURE__ */ new Map();
    let total = 0;
    for (const name3 of names) {
      const m = /^([0-9a-f]{64})\.(json|wasm)$/.exec(name3);
      if (!m) continue;
      const file = path11.join(this.dir, name3);
      const info = await stat2(file).catch(() => void 0);
      if (!info) continue;
      const entry = entries.get(m[1]) ?? { bytes: 0, used: 0, files: [] };
      entry.bytes += info.size;
      entry.files.push(file);
      if (m[2] === "json") entry.used = info.mtimeMs;
      entries.set(m[1], entry);
      total += info.size;
    }
    const oldest = [...entries.values()].sort((a2, b) => a2.used - b.used);
    let removed = 0;
    for (const entry of oldest) {
      if (total <= this.maxBytes) break;
      for (const file of entry.files) await rm2(file, { force: true }).catch(() => {
      });
      total -= entry.bytes;
      removed++;
    }
    if (removed > 0) this.log.info(`cache: removed the ${removed} least recently used entries to stay within ${Math.round(this.maxBytes / 2 ** 20)} MiB (${this.dir})`);
  }
};

// src/compare/budgets.ts
var BUDGETED = /* @__PURE__ */ new Set([...SIZE_METRICS, ...BUDGET_BENCH_METRICS]);
function budgetFor(budget, variant, metric, bench2) {
  if (!budget || !BUDGETED.has(metric)) return void 0;
  for (const limits2 of [own(budget.variants, variant), budget]) {
    if (!limits2) continue;
    const forBench = bench2 === void 0 ? void 0 : own(limits2.bench, bench2)?.[metric];
    const value = forBench ?? limits2[metric];
    if (value !== void 0) return value === false ? void 0 : value;
  }
  return void 0;
}
function applyBudgets(result, budget, gate) {
  if (!budget) return result;
  const rows = result.rows.map((row) => {
    if (row.current === void 0 || row.failed) return row;
    const limit = budgetFor(budget, result.name, row.metric, row.bench);
    return limit === void 0 ? row : { ...row, budget: { limit, exceeded: row.current > limit } };
  });
  const over = gate && rows.some((r) => r.budget?.exceeded) && result.status !== "error" && result.status !== "removed";
  return { ...result, rows, ...over ? { status: "regressed" } : {} };
}

// src/compare/function-diff.ts
function diffFunctions(current, baseline, omitted) {
  const changes = [];
  for (const [name3, before] of Object.entries(baseline)) {
    const now = Object.hasOwn(current, name3) ? current[name3] : void 0;
    if (now === void 0) changes.push({ name: name3, baseline: before, current: null, delta: -before });
    else if (now !== before) changes.push({ name: name3, baseline: before, current: now, delta: now - before });
  }
  let currentFunctions = 0;
  let currentRest = 0;
  for (const [name3, now] of Object.entries(current)) {
    if (Object.hasOwn(baseline, name3)) continue;
    currentFunctions++;
    currentRest += now;
    if (!omitted) changes.push({ name: name3, baseline: null, current: now, delta: now });
    else if (now > omitted.largest) changes.push({ name: name3, baseline: null, current: now, delta: now, baselineAtMost: omitted.largest });
  }
  changes.sort(byImpact);
  if (!omitted) return { changes };
  return { changes, rest: { baselineFunctions: omitted.functions, baseline: omitted.total, currentFunctions, current: currentRest } };
}
function byImpact(a2, b) {
  return Math.abs(b.delta) - Math.abs(a2.delta) || b.delta - a2.delta || (a2.name < b.name ? -1 : a2.name > b.name ? 1 : 0);
}
var PROFILE_FIELDS = {
  instructions: { total: "instructions", profile: "profile", omitted: "profileOmitted" },
  cycles: { total: "cycles", profile: "cyclesProfile", omitted: "cyclesProfileOmitted" }
};
function diffProfile(current, other, unit = "instructions") {
  const fields2 = PROFILE_FIELDS[unit];
  const [now, then] = [current?.[fields2.profile], other?.[fields2.profile]];
  const [nowTotal, thenTotal] = [current?.[fields2.total], other?.[fields2.total]];
  if (!current || !other || !now || !then || nowTotal === void 0 || thenTotal === void 0) return void 0;
  if (current[fields2.omitted]) return void 0;
  if (current.iterations !== other.iterations) return void 0;
  const { changes, rest } = diffFunctions(now, then, other[fields2.omitted]);
  return {
    baseline: thenTotal,
    current: nowTotal,
    delta: nowTotal - thenTotal,
    functions: changes,
    ...rest ? { rest: { baseline: rest.baseline, current: rest.current } } : {}
  };
}
function attributeFunctions(m, base, reference) {
  if (!m) return {};
  const out = {};
  const attribution = {};
  if (m.functionNaming) attribution.naming = m.functionNaming;
  if (m.functions && base?.functions && !m.functionsOmitted) {
    const { changes, rest } = diffFunctions(m.functions, base.functions, base.functionsOmitted);
    out.functionChanges = changes;
    if (rest) {
      attribution.sizeRest = {
        baseline: { functions: rest.baselineFunctions, bytes: rest.baseline },
        current: { functions: rest.currentFunctions, bytes: rest.current }
      };
    }
  }
  const changed = {};
  const cyclesChanged = {};
  const vsReference = {};
  for (const [bench2, measured] of Object.entries(m.bench ?? {})) {
    const change = diffProfile(measured, base?.bench?.[bench2]);
    if (change && change.delta !== 0) changed[bench2] = change;
    const cycles = diffProfile(measured, base?.bench?.[bench2], "cycles");
    if (cycles && cycles.delta !== 0) cyclesChanged[bench2] = cycles;
    const against = diffProfile(measured, reference?.bench?.[bench2]);
    if (against && against.functions.length > 0) vsReference[bench2] = against;
  }
  if (Object.keys(changed).length > 0) attribution.profileChanges = changed;
  if (Object.keys(cyclesChanged).length > 0) attribution.cyclesChanges = cyclesChanged;
  if (Object.keys(vsReference).length > 0) attribution.profileVsReference = vsReference;
  if (Object.keys(attribution).length > 0) out.attribution = attribution;
  return out;
}

// src/compare/compare.ts
function compareRun(config, baseline, outcomes, incomparable = /* @__PURE__ */ new Set(), budgets = "gate") {
  const reference = config.reference ? outcomes.find((o2) => o2.name === config.reference)?.measurement : void 0;
  const results = outcomes.map((outcome) => {
    const result = compareVariant(config, outcome, own(baseline?.variants, outcome.name), reference, outcome.name !== config.reference);
    return applyBudgets(incomparable.size > 0 ? markIncomparable(result, incomparable) : result, config.budget, budgets === "gate");
  });
  const configured = new Set(outcomes.map((o2) => o2.name));
  for (const [name3, entry] of Object.entries(baseline?.variants ?? {})) {
    if (!configured.has(name3)) results.push(removedVariant(name3, entry));
  }
  return results;
}
function forUpdate(results) {
  return results.map((v) => {
    if (v.status !== "regressed" && v.status !== "improved") return v;
    return { ...v, status: "pass", rows: v.rows.map((r) => r.status === "regressed" || r.status === "improved" ? { ...r, status: "pass" } : r) };
  });
}
var CONCERN = { error: 0, regressed: 1, removed: 2, new: 3, improved: 4, pass: 5 };
function sortByConcern(results) {
  return results.map((r, i2) => ({ r, i: i2 })).sort((a2, b) => CONCERN[a2.r.status] - CONCERN[b.r.status] || a2.i - b.i).map(({ r }) => r);
}
function compareVariant(config, outcome, base, reference, showReference) {
  const m = outcome.measurement;
  const rows = [];
  if (m) {
    for (const metric of SIZE_METRICS) {
      if (m.optimizeFailed && metric !== "raw") {
        rows.push(unoptimizedRow(metric, m.size[metric], base?.size[metric]));
        continue;
      }
      rows.push(
        exactRow(config, outcome.name, {
          id: metric,
          metric,
          label: `${metric} bytes`,
          unit: "bytes",
          current: m.size[metric],
          ...base ? { baseline: base.size[metric] } : {},
          ...showReference && reference ? { reference: reference.size[metric] } : {}
        })
      );
    }
    rows.push(...benchRows(config, outcome.name, m.bench ?? {}, base?.bench ?? {}, showReference ? reference?.bench : void 0, { reference: m.throughputVsReference ?? {}, base: m.throughputVsBase ?? {} }));
    rows.push(...sectionRows(m.sections, m.optimizeFailed ? void 0 : base?.sections));
  }
  const status = outcome.problems.length > 0 ? "error" : !base ? (
    // A regression against the base commit (check --against) needs no baseline entry.
    rows.some((r) => r.status === "regressed" && r.vsBaseThreshold) ? "regressed" : "new"
  ) : rows.some((r) => r.status === "regressed") ? "regressed" : rows.some((r) => r.status === "improved") ? "improved" : "pass";
  return {
    name: outcome.name,
    status,
    rows,
    problems: outcome.problems,
    ...m ? { measurement: m } : {},
    ...outcome.base ? { base: outcome.base } : {},
    ...attributeFunctions(m, base, showReference ? reference : void 0)
  };
}
function unoptimizedRow(metric, current, baseline) {
  if (metric === "optimized") {
    return { id: metric, metric, label: "optimized bytes (wasm-opt failed)", unit: "bytes", higherIsBetter: false, threshold: false, status: "info", failed: true, ...baseline === void 0 ? {} : { baseline } };
  }
  return { id: metric, metric, label: `${metric} bytes (of the raw module: wasm-opt failed)`, unit: "bytes", higherIsBetter: false, threshold: false, status: "info", ...current === void 0 ? {} : { current } };
}
var EXACT_BENCH_METRICS = ["cycles", "instructions", "peakMemoryBytes", "peakLiveBytes", "liveBytesAtEnd"];
var BENCH_LABELS = {
  cycles: { label: "cycles", unit: "cycles" },
  instructions: { label: "instructions", unit: "instructions" },
  peakMemoryBytes: { label: "peak memory", unit: "bytes" },
  peakLiveBytes: { label: "peak live bytes", unit: "bytes" },
  liveBytesAtEnd: { label: "live bytes at end", unit: "bytes" }
};
function benchValue(m, metric) {
  if (!m) return void 0;
  if (metric === "peakLiveBytes" || metric === "liveBytesAtEnd") return m.allocations?.[metric];
  return m[metric];
}
function exactRow(config, variant, input) {
  const threshold = thresholdFor(config.thresholds, variant, input.metric);
  const { current, baseline } = input;
  const row = {
    id: input.id,
    metric: input.metric,
    ...input.bench ? { bench: input.bench } : {},
    label: input.label,
    unit: input.unit,
    higherIsBetter: false,
    threshold,
    status: "new",
    ...current === void 0 ? {} : { current },
    ...baseline === void 0 ? {} : { baseline }
  };
  withDelta(row);
  if (current !== void 0 && baseline !== void 0) row.status = exactStatus(baseline, current, threshold);
  else if (current === void 0 && baseline !== void 0) row.status = "removed";
  if (current !== void 0 && input.reference) row.vsReference = current / input.reference;
  return row;
}
function withDelta(row) {
  if (row.current === void 0 || row.baseline === void 0) return;
  row.delta = row.current - row.baseline;
  row.deltaPct = row.baseline === 0 ? row.delta === 0 ? 0 : Infinity : row.delta / row.baseline * 100;
}
function benchRows(config, variant, current, baseline, reference, paired) {
  const rows = [];
  const names = [.../* @__PURE__ */ new Set([...Object.keys(current), ...Object.keys(baseline)])];
  for (const bench2 of names) {
    const cur = current[bench2];
    const base = baseline[bench2];
    const sameWork = cur && base && cur.iterations === base.iterations ? base : void 0;
    for (const metric of EXACT_BENCH_METRICS) {
      const current2 = benchValue(cur, metric);
      const before = benchValue(sameWork, metric);
      const ref = reference?.[bench2]?.iterations === cur?.iterations ? benchValue(reference?.[bench2], metric) : void 0;
      if (current2 === void 0 && benchValue(base, metric) === void 0) continue;
      rows.push(
        exactRow(config, variant, {
          id: `${bench2}.${metric}`,
          metric,
          bench: bench2,
          label: `${bench2} ${BENCH_LABELS[metric].label}`,
          unit: BENCH_LABELS[metric].unit,
          ...current2 === void 0 ? {} : { current: current2 },
          ...before === void 0 ? {} : { baseline: before },
          ...ref === void 0 ? {} : { reference: ref }
        })
      );
      if (metric === "peakMemoryBytes" && cur?.initialMemoryBytes !== void 0) rows.at(-1).initialMemoryBytes = cur.initialMemoryBytes;
    }
    if (cur?.opsPerSec !== void 0 || base?.opsPerSec !== void 0) {
      const row = throughputRow(config, variant, bench2, cur, base, reference?.[bench2], paired.reference[bench2]);
      const vsBase = paired.base[bench2];
      rows.push(vsBase ? withVsBase(row, vsBase, thresholdFor(config.thresholds, variant, "vsBase")) : row);
    }
  }
  return rows;
}
function throughputRow(config, variant, bench2, cur, base, reference, paired) {
  const threshold = thresholdFor(config.thresholds, variant, "opsPerSec");
  const row = {
    id: `${bench2}.opsPerSec`,
    metric: "opsPerSec",
    bench: bench2,
    label: `${bench2} throughput`,
    unit: "ops/s",
    higherIsBetter: true,
    threshold,
    status: "new",
    ...cur?.opsPerSec === void 0 ? {} : { current: cur.opsPerSec },
    ...cur?.opsPerSecCi95 ? { ci95: cur.opsPerSecCi95 } : {},
    ...base?.opsPerSec === void 0 ? {} : { baseline: base.opsPerSec },
    ...base?.opsPerSecCi95 ? { baselineCi95: base.opsPerSecCi95 } : {}
  };
  withDelta(row);
  if (cur?.opsPerSec !== void 0 && base?.opsPerSec !== void 0) {
    row.status = noisyStatus(
      { value: base.opsPerSec, ...base.opsPerSecCi95 ? { ci95: base.opsPerSecCi95 } : {} },
      { value: cur.opsPerSec, ...cur.opsPerSecCi95 ? { ci95: cur.opsPerSecCi95 } : {} },
      threshold
    );
  } else if (cur?.opsPerSec === void 0) row.status = "removed";
  else if (threshold === false) row.status = "info";
  if (paired) {
    row.vsReference = paired.ratio;
    row.vsReferenceCi95 = paired.ci95;
  } else if (cur?.opsPerSec !== void 0 && reference?.opsPerSec) row.vsReference = cur.opsPerSec / reference.opsPerSec;
  return row;
}
function withVsBase(row, vsBase, threshold) {
  const out = { ...row, vsBase: vsBase.ratio, vsBaseCi95: vsBase.ci95 };
  if (threshold === false || row.current === void 0) return out;
  out.vsBaseThreshold = threshold;
  const status = pairedStatus(vsBase.ci95, threshold);
  if (status === "regressed") out.status = "regressed";
  else if (out.status !== "regressed" && status === "improved") out.status = "improved";
  else if (out.status === "info") out.status = "pass";
  return out;
}
function sectionRows(current, baseline) {
  const names = [.../* @__PURE__ */ new Set([...Object.keys(current), ...Object.keys(baseline ?? {})])];
  return names.map((name3) => {
    const row = {
      id: `section:${name3}`,
      metric: "section",
      label: `section ${name3}`,
      unit: "bytes",
      higherIsBetter: false,
      threshold: false,
      status: current[name3] === void 0 ? "removed" : baseline && baseline[name3] === void 0 ? "new" : "info",
      ...current[name3] === void 0 ? {} : { current: current[name3] },
      ...baseline?.[name3] === void 0 ? {} : { baseline: baseline[name3] }
    };
    withDelta(row);
    return row;
  });
}
function markIncomparable(result, incomparable) {
  const rows = result.rows.map((row) => {
    if (!incomparable.has(row.metric) || row.baseline === void 0) return row;
    const paired = row.vsBaseThreshold && row.vsBaseCi95 ? pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) : "info";
    return { ...row, status: paired, notComparable: true };
  });
  const status = result.status === "regressed" || result.status === "improved" ? statusOf(rows) : result.status;
  return { ...result, rows, status };
}
function statusOf(rows) {
  return rows.some((r) => r.status === "regressed") ? "regressed" : rows.some((r) => r.status === "improved") ? "improved" : "pass";
}
function removedVariant(name3, entry) {
  const rows = SIZE_METRICS.map((metric) => ({
    id: metric,
    metric,
    label: `${metric} bytes`,
    unit: "bytes",
    higherIsBetter: false,
    threshold: false,
    status: "removed",
    baseline: entry.size[metric]
  }));
  return { name: name3, status: "removed", rows, problems: [] };
}

// src/compare/gate-results.ts
function gateResults(header, variants, tools, problems, nowMs) {
  const status = gateStatus(problems, variants);
  return {
    schemaVersion: 1,
    tool: { name: "wasm-gate", version: WASM_GATE_VERSION },
    mode: header.mode,
    status,
    exitCode: exitCodeFor(status),
    startedAt: new Date(header.startedMs).toISOString(),
    durationMs: nowMs - header.startedMs,
    tools,
    configFile: header.configFile,
    baselineFile: header.baselineFile,
    ...header.reference ? { reference: header.reference } : {},
    ...header.against ? { against: header.against } : {},
    variants,
    problems,
    ...header.selection ? { selection: header.selection } : {}
  };
}

// src/compare/tool-check.ts
function checkTools(baseline, tools, compareAcrossTools) {
  const mismatches = toolMismatches(baseline.tools, tools);
  if (mismatches.length === 0) return { incomparable: /* @__PURE__ */ new Set() };
  if (compareAcrossTools) return { incomparable: /* @__PURE__ */ new Set(), warning: `comparing anyway (compareAcrossTools): ${describeMismatches(mismatches)}` };
  const incomparable = incomparableMetrics(mismatches);
  const file = baseline.file;
  return {
    incomparable,
    problem: {
      kind: "baseline",
      file,
      message: `baseline ${file} was measured with other tools than this run: ${describeMismatches(mismatches)}. Its ${describeMetrics(incomparable)} do not compare, so they are shown but not gated. Run \`wasm-gate update\` to measure the baseline with this run's tools, or set "compareAcrossTools": true in the config to compare anyway`
    }
  };
}
function describeMismatches(mismatches) {
  return mismatches.map((m) => `${m.what} ${m.baseline} in the baseline, ${m.current} now`).join("; ");
}
function incomparableMetrics(mismatches) {
  const set = /* @__PURE__ */ new Set();
  for (const m of mismatches) {
    if (m.what === "optimizer") for (const metric of ["optimized", "gzip", "brotli", "section", "cycles", "instructions", "peakMemoryBytes", "opsPerSec"]) set.add(metric);
    else for (const metric of ["cycles", "instructions", "peakLiveBytes", "liveBytesAtEnd"]) set.add(metric);
  }
  return set;
}
function describeMetrics(metrics) {
  if (metrics.has("optimized")) return "optimized, gzip and brotli sizes, sections, cycles, instruction counts and memory";
  return "cycles, instruction counts and allocation statistics";
}

// src/compare/unfinished-run.ts
function unfinishedRun(config, baseline, finished7, benchEnabled) {
  const byName = new Map(finished7.map((o2) => [o2.name, o2]));
  const outcomes = config.variants.map(
    (v) => byName.get(v.name) ?? { name: v.name, problems: [{ kind: "measure", variant: v.name, message: `variant "${v.name}": not measured: the run stopped before it finished this variant` }] }
  );
  const measured = finished7.filter((o2) => o2.measurement).length;
  const problem = {
    kind: "measure",
    message: `the run did not finish: these results were written after ${measured} of ${config.variants.length} variants were measured${benchEnabled ? " (sizes; benchmarks had not run yet)" : ""}, and the run was then stopped (cancelled, timed out or killed). Run it again for the full results`
  };
  return { variants: compareRun(config, baseline, outcomes), problem };
}

// src/variant-build/artifact-check.ts
function artifactProblem(variant, file, bytes2) {
  const bad = badMagic(bytes2);
  if (bad) return { kind: "artifact", variant, file, message: `variant "${variant}": ${file} ${bad}` };
  try {
    checkArtifact(bytes2);
    return void 0;
  } catch (error) {
    return { kind: "artifact", variant, file, message: `variant "${variant}": ${file} is not a WebAssembly module: ${error.message}` };
  }
}

// src/variant-build/base-build.ts
import { existsSync as existsSync6 } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os2 from "node:os";
import path13 from "node:path";

// src/variant-build/inputs-digest.ts
import { createHash as createHash2 } from "node:crypto";
import { readdir as readdir4, readFile as readFile2, stat as stat3 } from "node:fs/promises";
import path12 from "node:path";
var NEVER_WALKED = /* @__PURE__ */ new Set([".git", "node_modules", "target"]);
var MAX_INPUT_FILES = 5e4;
function pathGlobRegExp(pattern) {
  const normalized = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  let out = "";
  for (let i2 = 0; i2 < normalized.length; i2++) {
    const c3 = normalized[i2];
    if (c3 === "*" && normalized[i2 + 1] === "*") {
      const slash = normalized[i2 + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i2 += slash ? 2 : 1;
    } else if (c3 === "*") out += "[^/]*";
    else if (c3 === "?") out += "[^/]";
    else out += c3.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${out}$`);
}
function staticPrefix(pattern) {
  const segments = pattern.replace(/\\/g, "/").replace(/^\.\//, "").split("/");
  const fixed = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.join("/");
}
async function digestInputs(cwd, patterns) {
  const regexps = patterns.map(pathGlobRegExp);
  const roots = [...new Set(patterns.map(staticPrefix))];
  const found = /* @__PURE__ */ new Set();
  let complete = true;
  for (const root of roots) {
    const walked = await walk(cwd, root);
    if (walked.length > MAX_INPUT_FILES) complete = false;
    for (const file of walked) if (regexps.some((r) => r.test(file))) found.add(file);
  }
  const files = [...found].sort();
  const hash = createHash2("sha256");
  for (const file of files) {
    const content = await readFile2(path12.join(cwd, file));
    hash.update(`${file}\0${content.length}\0`).update(content);
  }
  return { digest: hash.digest("hex"), files, complete };
}
async function walk(cwd, root) {
  const files = [];
  const pending = [root];
  while (pending.length > 0 && files.length <= MAX_INPUT_FILES) {
    const dir = pending.pop();
    let entries;
    try {
      entries = await readdir4(path12.join(cwd, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !NEVER_WALKED.has(entry.name)) pending.push(relative);
      else if (entry.isFile() || entry.isSymbolicLink() && (await stat3(path12.join(cwd, relative)).catch(() => void 0))?.isFile()) files.push(relative);
    }
  }
  return files;
}

// src/variant-build/run-build.ts
import { spawn } from "node:child_process";
import { existsSync as existsSync5, statSync } from "node:fs";

// src/variant-build/output-tail.ts
var MAX_LINE = 4e3;
var OutputTail = class {
  constructor(keep, onLine) {
    this.keep = keep;
    this.onLine = onLine;
  }
  keep;
  onLine;
  lines = [];
  partial = "";
  decoder = new TextDecoder("utf-8");
  push(chunk) {
    const text = this.partial + this.decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    this.partial = (parts.pop() ?? "").slice(-MAX_LINE);
    for (const line of parts) this.add(line.replace(/\r$/, ""));
  }
  /** The last `keep` lines, the unfinished one included. */
  text() {
    const last = this.partial ? [...this.lines, this.partial] : this.lines;
    return last.slice(-this.keep).join("\n").trimEnd();
  }
  add(line) {
    const cut = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
    this.onLine?.(cut);
    this.lines.push(cut);
    if (this.lines.length > this.keep * 2) this.lines.splice(0, this.lines.length - this.keep);
  }
};

// src/variant-build/run-build.ts
var OUTPUT_GRACE_MS = 1e3;
var KILL_GRACE_MS = 5e3;
var FAILED_BUILD_LINES = 30;
async function buildVariant(variant, options) {
  const started = performance.now();
  const done = (rest) => ({
    variant: variant.name,
    durationMs: performance.now() - started,
    ...rest
  });
  if (variant.build !== void 0) {
    if (!existsSync5(variant.cwd) || !statSync(variant.cwd).isDirectory()) {
      return done({ problem: { kind: "build", variant: variant.name, message: `variant "${variant.name}": its cwd ${variant.cwd} is not a directory (fix variants[].cwd; it is relative to the config file)` } });
    }
    const result = await runCommand(variant.build, variant.cwd, { ...options.env, ...variant.env }, variant.buildTimeLimitMs, options.onOutput);
    if (result.timedOut || result.exitCode !== 0) {
      const reason = result.timedOut ? `timed out after ${Math.round(variant.buildTimeLimitMs / 1e3)} s (its process group was killed; raise buildTimeLimitMs if it is just slow)` : result.error ? `could not start: ${result.error}` : result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
      const message = result.timedOut ? `variant "${variant.name}": build ${reason}: ${variant.build}` : `variant "${variant.name}": build failed (${reason}): ${variant.build}`;
      return done({ problem: { kind: "build", variant: variant.name, message, details: result.tail } });
    }
  }
  return done(await readArtifact(variant, options.fileSizeLimitBytes));
}
function runCommand(command, cwd, env, timeLimitMs, onOutput) {
  return new Promise((resolve) => {
    const tail = new OutputTail(FAILED_BUILD_LINES, onOutput);
    const child = spawn("sh", ["-c", command], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let timedOut = false;
    let settled = false;
    const killGroup = (signal) => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, signal);
      } catch {
      }
    };
    let killTimer;
    const release = ownProcess(() => killGroup("SIGKILL"));
    const limitTimer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
    }, timeLimitMs);
    const finish3 = (result) => {
      if (settled) return;
      settled = true;
      release();
      clearTimeout(limitTimer);
      clearTimeout(killTimer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({ ...result, timedOut, tail: tail.text() });
    };
    child.stdout?.on("data", (chunk) => tail.push(chunk));
    child.stderr?.on("data", (chunk) => tail.push(chunk));
    child.on("error", (error) => finish3({ exitCode: null, signal: null, error: error.message }));
    child.on("exit", (exitCode, signal) => {
      if (timedOut) killGroup("SIGKILL");
      let open3 = 2;
      const grace = setTimeout(() => finish3({ exitCode, signal }), OUTPUT_GRACE_MS);
      const closed = () => {
        open3 -= 1;
        if (open3 === 0) {
          clearTimeout(grace);
          finish3({ exitCode, signal });
        }
      };
      if (!child.stdout || child.stdout.closed) closed();
      else child.stdout.once("close", closed);
      if (!child.stderr || child.stderr.closed) closed();
      else child.stderr.once("close", closed);
    });
  });
}
async function readArtifact(variant, limitBytes) {
  try {
    return { bytes: new Uint8Array(await readInputFile(variant.artifact, "artifact", limitBytes)) };
  } catch (error) {
    const code = error.code;
    if (error instanceof InputReadError && !["ENOENT", "ENOTDIR"].includes(error.code)) {
      return { problem: { kind: "artifact", variant: variant.name, file: variant.artifact, message: `variant "${variant.name}": ${error.message}` } };
    }
    const hint2 = variant.build === void 0 ? "the variant has no build command, so the file must already exist" : "the build succeeded but did not write it; check the path";
    return {
      problem: {
        kind: "artifact",
        variant: variant.name,
        file: variant.artifact,
        message: `variant "${variant.name}": artifact ${variant.artifact} is missing (${code ?? String(error)}); ${hint2}`
      }
    };
  }
}

// src/variant-build/base-build.ts
async function resolveBase(configDir, against, env) {
  if (against.sha) return { sha: against.sha };
  const found = await resolveCommit(configDir, against.ref, env);
  if ("sha" in found) return found;
  if (against.fetch) {
    const fetched = await fetchCommit(configDir, against.ref, env);
    const again = fetched.ok ? await resolveCommit(configDir, against.ref, env) : void 0;
    if (again && "sha" in again) return again;
    const head = fetched.ok ? await resolveCommit(configDir, "FETCH_HEAD", env) : void 0;
    if (head && "sha" in head) return head;
    if (!fetched.ok) return { warning: `base commit ${against.ref} is not available (git fetch: ${fetched.why || "failed"}): set fetch-depth: 0 on actions/checkout` };
  }
  return { warning: `base commit ${against.ref} is not available (${found.why}): set fetch-depth: 0 on actions/checkout` };
}
async function withBaseWorktree(configDir, sha, env, fn) {
  const root = await repositoryRoot(configDir, env);
  const dir = await mkdtemp(path13.join(os2.tmpdir(), `wasm-gate-base-${sha.slice(0, 12)}-`));
  let stopRegistration = ownProcess(() => removeWorktreeNow(root, dir, env));
  const worktree = {
    root,
    dir,
    sha,
    removeAfterBuild: () => {
      stopRegistration();
      stopRegistration = ownProcess(() => removeWorktreeNow(root, dir, env));
    }
  };
  try {
    await addWorktree(root, dir, sha, env);
    return await fn(worktree);
  } finally {
    stopRegistration();
    await removeWorktree(root, dir, env);
  }
}
function variantAtBase(variant, worktree) {
  const inRepo = (file) => {
    const relative = path13.relative(worktree.root, file);
    return relative.startsWith("..") || path13.isAbsolute(relative) ? void 0 : relative;
  };
  const cwd = inRepo(variant.cwd);
  const artifact = inRepo(variant.artifact);
  if (cwd === void 0) return { why: `its cwd ${variant.cwd} is outside the repository ${worktree.root}` };
  if (artifact === void 0) return { why: `its artifact ${variant.artifact} is outside the repository ${worktree.root}` };
  return { ...variant, cwd: path13.join(worktree.dir, cwd), artifact: path13.join(worktree.dir, artifact) };
}
function baseFailure(message, details) {
  return { status: "failed", message: `base build failed: ${message.replace(/^variant "[^"]*": /, "")}`, ...details ? { details } : {} };
}
async function buildAtBase(variant, worktree, options) {
  const atBase = variantAtBase(variant, worktree);
  if ("why" in atBase) return { record: baseFailure(atBase.why) };
  if (variant.inputs) {
    const [head, base] = await Promise.all([digestInputs(variant.cwd, variant.inputs), digestInputs(atBase.cwd, variant.inputs)]);
    if (head.complete && base.complete && head.files.length > 0 && head.digest === base.digest) {
      return { record: { status: "unchanged", message: `inputs unchanged since ${worktree.sha.slice(0, 7)}: not rebuilt, not compared` } };
    }
  }
  if (!existsSync6(atBase.cwd)) return { record: baseFailure(`its cwd ${path13.relative(worktree.dir, atBase.cwd) || "."} does not exist at ${worktree.sha.slice(0, 7)} (is the variant new since then?)`) };
  const building = buildVariant(atBase, options);
  worktree.removeAfterBuild();
  const built = await building;
  const baseBuildMs = Math.round(built.durationMs);
  if (built.problem || !built.bytes) {
    const message = (built.problem?.message ?? "no artifact").replaceAll(`${worktree.dir}${path13.sep}`, "");
    return { record: { ...baseFailure(message, built.problem?.details), baseBuildMs } };
  }
  return { bytes: built.bytes, record: { status: "compared", baseBuildMs } };
}

// src/wasm/interface.ts
function moduleInterface(bytes2) {
  const d = readDeclarations(bytes2);
  return { imports: d.imports.map(({ module: module2, name: name3, kind: kind2 }) => ({ module: module2, name: name3, kind: kind2 })), exports: d.exports.map(({ name: name3, kind: kind2 }) => ({ name: name3, kind: kind2 })) };
}
function interfaceChanges(before, after) {
  const imports = (m) => m.imports.map((i2) => `import ${i2.module}.${i2.name} (${i2.kind})`);
  const exports = (m) => m.exports.map((e) => `export ${e.name} (${e.kind})`);
  const was = /* @__PURE__ */ new Set([...imports(before), ...exports(before)]);
  const is = /* @__PURE__ */ new Set([...imports(after), ...exports(after)]);
  return [...[...was].filter((x) => !is.has(x)).map((x) => `lost ${x}`), ...[...is].filter((x) => !was.has(x)).map((x) => `gained ${x}`)];
}

// src/wasm/keep-imports.ts
var KEEP_EXPORT_PREFIX = "wasm-gate:keep-import:";
var ID_IMPORT2 = 2;
var ID_EXPORT2 = 7;
var utf89 = new TextEncoder();
var utf8Decode = new TextDecoder("utf-8");
function exportEveryImport(bytes2) {
  const sections = readSections(bytes2);
  const imports = sections.find((s) => s.id === ID_IMPORT2);
  if (!imports) return bytes2;
  const added = [];
  const perKind = [0, 0, 0, 0, 0];
  for (const [i2, entry] of readDeclarations(bytes2).imports.entries()) {
    const kind2 = EXTERN_KINDS.indexOf(entry.kind);
    added.push({ name: utf89.encode(`${KEEP_EXPORT_PREFIX}${i2}`), kind: kind2, index: perKind[kind2]++ });
  }
  const existing = sections.find((s) => s.id === ID_EXPORT2);
  const entries = [...existing ? readExports(bytes2) : [], ...added];
  return withExportSection(bytes2, sections, entries);
}
function dropKeptImportExports(bytes2) {
  const sections = readSections(bytes2);
  const existing = sections.find((s) => s.id === ID_EXPORT2);
  if (!existing) return bytes2;
  const entries = readExports(bytes2).filter((e) => !utf8Decode.decode(e.name).startsWith(KEEP_EXPORT_PREFIX));
  return withExportSection(bytes2, sections, entries);
}
function readExports(bytes2) {
  return readDeclarations(bytes2).exports.map((e) => ({ name: utf89.encode(e.name), kind: EXTERN_KINDS.indexOf(e.kind), index: e.index }));
}
function withExportSection(bytes2, sections, entries) {
  const payload = [...encodeU32(entries.length)];
  for (const e of entries) payload.push(...encodeU32(e.name.length), ...e.name, e.kind, ...encodeU32(e.index));
  const section = entries.length > 0 ? new Uint8Array([ID_EXPORT2, ...encodeU32(payload.length), ...payload]) : new Uint8Array();
  const parts = [bytes2.subarray(0, 8)];
  let placed = false;
  for (const s of sections) {
    if (s.id === ID_EXPORT2) continue;
    if (!placed && s.id !== 0 && (SECTION_RANK[s.id] ?? 0) > SECTION_RANK[ID_EXPORT2]) {
      parts.push(section);
      placed = true;
    }
    parts.push(bytes2.subarray(s.start, s.end));
  }
  if (!placed) parts.push(section);
  return concatBytes(parts);
}

// src/optimize/wasm-opt-output.ts
import { format as format2 } from "node:util";
var WasmOptError = class extends Error {
  constructor(message, details) {
    super(message);
    this.details = details;
    this.name = "WasmOptError";
  }
  details;
};
var consoleSink;
function divertibleConsole() {
  if (console.__wasmGate) return;
  for (const method of ["log", "error", "warn", "info"]) {
    const original = console[method];
    console[method] = (...args) => {
      if (consoleSink) consoleSink(`${format2(...args)}
`);
      else original.apply(console, args);
    };
  }
  console.__wasmGate = true;
}
function captureOutput(fn) {
  const chunks = [];
  const { stdout, stderr } = process;
  const out = stdout.write;
  const err = stderr.write;
  const sink = ((chunk) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  stdout.write = sink;
  stderr.write = sink;
  const outer = consoleSink;
  consoleSink = (text) => chunks.push(text);
  try {
    return { value: fn(), output: chunks.join("") };
  } catch (error) {
    return { error, output: chunks.join("") };
  } finally {
    stdout.write = out;
    stderr.write = err;
    consoleSink = outer;
  }
}
var VALIDATOR_ERROR = /^\[wasm-validator error[^\]]*\].*$/gm;
function firstValidatorError(output) {
  const first = output.match(VALIDATOR_ERROR)?.[0];
  return first?.replace(/ unexpected (?:false|true): /, " ").replace(/,? on\s*$/, "").trim();
}
function suggestedFlags(output) {
  return [...new Set(output.match(/--enable-[a-z0-9-]+/g) ?? [])];
}
function countLines(text) {
  const trimmed = text.trimEnd();
  return trimmed === "" ? 0 : trimmed.split("\n").length;
}
function validationError(output, enabled, used = []) {
  const errors = output.match(VALIDATOR_ERROR)?.length ?? 0;
  const missing = used.filter((f) => !enabled.includes(f)).map((f) => `--enable-${f}`);
  const flags = [.../* @__PURE__ */ new Set([...missing, ...suggestedFlags(output).filter((f) => !enabled.includes(f.slice("--enable-".length)))])];
  const lines = [
    `the module does not validate with the features enabled for it (${enabled.length > 0 ? enabled.join(", ") : "none beyond the MVP"})` + (missing.length > 0 ? `; it uses ${used.join(", ")}` : ""),
    `  first of ${errors} validator error${errors === 1 ? "" : "s"}: ${firstValidatorError(output) ?? lastLine(output)}`,
    flags.length > 0 ? `  fix: add ${flags.map((f) => `"${f}"`).join(", ")} to optimize.flags, or drop the flags that disable them (--verbose shows all ${countLines(output)} lines)` : `  fix: add the --enable-<feature> flags the module needs to optimize.flags, or set "optimize": false (--verbose shows all ${countLines(output)} lines)`
  ];
  return new WasmOptError(lines.join("\n"), output);
}
function readError(output, error) {
  const reason = output.match(/\[parse exception:[^\n]*/)?.[0] ?? (lastLine(output) || String(error?.message ?? error));
  return new WasmOptError(`binaryen cannot read the module: ${reason.slice(0, 300)}`, output || String(error?.stack ?? error));
}
function lastLine(text) {
  return text.trimEnd().split("\n").pop()?.trim() ?? "";
}

// src/optimize/optimize-artifact.ts
async function optimizeArtifact(optimizer, raw) {
  if (!isComponent(raw)) {
    const module2 = await optimizeCore(optimizer, raw, 0, "module", false);
    return {
      kind: "module",
      raw,
      ...module2.optimized ? { optimized: module2.optimized } : {},
      ...module2.names ? { names: module2.names } : {},
      ...errorOf(module2),
      modules: [module2.result]
    };
  }
  const modules = [];
  const replacements2 = /* @__PURE__ */ new Map();
  let error;
  for (const embedded of embeddedCoreModules(raw)) {
    const core = await optimizeCore(optimizer, raw.subarray(embedded.start, embedded.end), embedded.index, embedded.location, true);
    modules.push(core.result);
    if (core.optimized && !sameBytes(core.optimized, core.result.raw)) replacements2.set(embedded.index, core.optimized);
    else if (core.error && !error) error = new WasmOptError(`${embedded.location} of the component: ${core.error.message}`, core.error.details);
  }
  if (error) return { kind: "component", raw, error, modules };
  return { kind: "component", raw, optimized: replacements2.size > 0 ? replaceCoreModules(raw, replacements2) : raw, modules };
}
function sameBytes(a2, b) {
  return a2.length === b.length && a2.every((byte, i2) => byte === b[i2]);
}
function errorOf(core) {
  return core.error ? { error: core.error } : {};
}
async function optimizeCore(optimizer, raw, index, location, keepInterface) {
  const features2 = detectFeatures(raw);
  const enabled = featuresToEnable(features2);
  const result = { index, location, raw, features: features2, enabled };
  if (!optimizer.enabled) {
    result.optimized = raw;
    return { result, optimized: raw, ...keepInterface ? {} : { names: (await optimizer.optimizeNamed(raw, enabled)).names } };
  }
  try {
    if (!keepInterface) {
      const { bytes: bytes2, names } = await optimizer.optimizeNamed(raw, enabled);
      result.optimized = bytes2;
      return { result, optimized: bytes2, names };
    }
    const optimized = dropKeptImportExports(await optimizer.optimize(exportEveryImport(raw), enabled));
    const changes = interfaceChanges(moduleInterface(raw), moduleInterface(optimized));
    if (changes.length > 0) throw new WasmOptError(`optimizing changed the module's interface: ${changes.slice(0, 5).join(", ")}`, changes.join("\n"));
    result.optimized = optimized;
    return { result, optimized };
  } catch (error) {
    const failure = error instanceof WasmOptError ? error : new WasmOptError(String(error?.message ?? error), String(error?.stack ?? error));
    if (features2.undecoded && !failure.message.includes(features2.undecoded)) {
      return { result, error: new WasmOptError(`${failure.message}
  (the gate could not decode all of the module: ${features2.undecoded})`, failure.details) };
    }
    return { result, error: failure };
  }
}

// src/results/reuse-note.ts
function reusedParts(reuse) {
  return reuse.reused.map((part) => part === "counts" ? "instruction counts and memory" : reuse.optimizedAgain ? "gzip and brotli sizes" : "sizes");
}
function reuseSentence(reuse) {
  const how = reuse.optimizedAgain ? "wasm-opt ran again for the module and gave the recorded bytes" : "wasm-opt did not run";
  return `Unchanged artifact: reused its ${reusedParts(reuse).join(", ")} from the ${reuse.source} (the same bytes, optimizer and settings; ${how}).`;
}

// src/measure/bench-module.ts
function benchModuleOf(artifact, patterns, traces) {
  const offers = artifact.modules.map((m) => {
    const bytes2 = m.optimized ?? m.raw;
    const functions = moduleInterface(bytes2).exports.filter((e) => e.kind === "function").map((e) => e.name);
    const benches = functions.filter((name3) => patterns.some((p) => globMatch(p, name3)));
    const replays = traces.length > 0 && functions.includes("trace_load") && functions.includes("trace_replay");
    return { m, bytes: bytes2, functions, count: benches.length + (replays ? 1 : 0) };
  });
  const candidates = offers.filter((o2) => o2.count > 0);
  const best = candidates.sort((a2, b) => b.count - a2.count || a2.m.index - b.m.index)[0];
  if (artifact.kind === "module") return best ? { bytes: best.bytes } : {};
  if (!best) {
    const listed = offers.map((o2) => `${o2.m.location}: ${o2.functions.slice(0, 6).join(", ") || "no functions"}${o2.functions.length > 6 ? ", …" : ""}`);
    return {
      note: `no core module of the component exports a benchmark (${patterns.join(", ")}); their function exports: ${listed.join("; ")}`
    };
  }
  const others = candidates.filter((o2) => o2 !== best).map((o2) => o2.m.location);
  return {
    bytes: best.bytes,
    index: best.m.index,
    note: `benchmarks run ${best.m.location} of the component${others.length > 0 ? ` (also exporting benchmarks, not run: ${others.join(", ")})` : ""}`
  };
}

// src/measure/optimize-progress.ts
var LARGE_MODULE_BYTES = 2 * 2 ** 20;
async function withOptimizeProgress(log, variant, bytes2, flags, optimize2) {
  if (bytes2.length < LARGE_MODULE_BYTES) return optimize2();
  log.info(`  optimizing ${variant} (${formatBytes(bytes2.length).replaceAll(NBSP, " ")}) with ${flags.length > 0 ? flags.join(" ") : "no flags"}…`);
  const started = performance.now();
  try {
    return await optimize2();
  } finally {
    log.info(`  ${variant}: optimized in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
  }
}

// src/measure/compress.ts
import { promisify } from "node:util";
import { brotliCompress, constants as constants2, gzip } from "node:zlib";
var gzipAsync = promisify(gzip);
var brotliAsync = promisify(brotliCompress);
function outputRoom(length) {
  return Math.max(64 * 1024, length + (length >> 3) + 1024);
}
async function compressedSizes(bytes2) {
  const chunkSize = outputRoom(bytes2.length);
  const [gz, br] = await Promise.all([
    gzipAsync(bytes2, { level: 9, chunkSize }),
    brotliAsync(bytes2, {
      chunkSize,
      params: {
        [constants2.BROTLI_PARAM_QUALITY]: 11,
        [constants2.BROTLI_PARAM_SIZE_HINT]: bytes2.length
      }
    })
  ]);
  return { gzip: gz.length, brotli: br.length };
}

// src/measure/sizes.ts
async function measureArtifact(artifact) {
  const shipped = artifact.optimized ?? artifact.raw;
  const sections = artifact.kind === "component" ? componentSectionSizes(shipped) : sectionSizes(shipped);
  const size = sizesOf(artifact.raw, artifact.optimized);
  const cores = artifact.kind === "component" ? artifact.modules.map(measureCore) : [];
  const measurement2 = { size: await size, sections };
  if (!artifact.optimized) measurement2.optimizeFailed = true;
  if (artifact.kind === "module") {
    measurement2.features = featureRecord(artifact.modules[0]);
  } else {
    measurement2.component = { coreModules: await Promise.all(cores) };
  }
  return measurement2;
}
async function sizesOf(raw, optimized) {
  const shipped = optimized ?? raw;
  return { raw: raw.length, ...optimized ? { optimized: optimized.length } : {}, ...await compressedSizes(shipped) };
}
async function measureCore(m) {
  const sections = sectionSizes(m.optimized ?? m.raw);
  return { index: m.index, location: m.location, size: await sizesOf(m.raw, m.optimized), sections, features: featureRecord(m) };
}
function featureRecord(m) {
  return {
    used: m.features.used,
    ...m.features.declared ? { declared: m.features.declared } : {},
    enabled: m.enabled,
    ...m.features.undecoded ? { undecoded: m.features.undecoded } : {}
  };
}

// src/measure/measure-variant.ts
async function measureVariant(input) {
  const { found, fingerprint } = input;
  if (found?.cached) return fromCache(input, found, found.cached);
  if (found && !input.needsBytes) {
    const measurement3 = { ...found.measurement, fingerprint: { ...fingerprint, optimized: found.optimizedSha256 }, reuse: reuseRecord(found) };
    return { measurement: Promise.resolve(withCounts(measurement3, found.counts)) };
  }
  const flags = input.config.optimize === false ? [] : input.config.optimize.flags;
  const artifact = await withOptimizeProgress(input.log, input.variant.name, input.bytes, flags, () => optimizeArtifact(input.optimizer, input.bytes));
  if (artifact.error || !artifact.optimized) return optimizeFailed(input, artifact);
  const optimized = sha256(artifact.optimized);
  const fresh = found && artifact.kind === "module" ? measuredWithSizes(artifact, found.measurement.size) : void 0;
  const reused = fresh && found && found.optimizedSha256 === optimized && sameSections(fresh.sections, found.measurement.sections) ? found : void 0;
  if (found && !reused) input.log.info(`  ${input.variant.name}: wasm-opt gave other bytes than the ones its ${found.source} record names: measured again`);
  const measurement2 = reused && fresh ? fresh : measureArtifact(artifact);
  const functionPart = {};
  const functionKeys = artifact.kind === "module" && artifact.names ? addFunctionSizes(functionPart, artifact.optimized, artifact.names) : void 0;
  const bench2 = benchModuleFor(input.config, input.variant, artifact, input.log);
  const handOff = benchHandOff(input.config, bench2, reused?.counts);
  const done = Promise.resolve(measurement2).then((m) => {
    Object.assign(m, functionPart);
    if (bench2?.index !== void 0 && m.component) m.component.benchModule = bench2.index;
    m.fingerprint = { ...fingerprint, optimized };
    if (reused) m.reuse = { ...reuseRecord(reused), optimizedAgain: true };
    return handOff.withCounts ? withCounts(m, reused?.counts) : m;
  });
  return {
    measurement: done,
    shipped: artifact.optimized,
    ...handOff.module ? { benchModule: handOff.module } : {},
    ...functionKeys ? { functionKeys } : {},
    ...reused?.counts ? { knownCounts: reused.counts } : {}
  };
}
async function baseBenchModule(input) {
  const artifact = await optimizeArtifact(input.optimizer, input.bytes);
  if (artifact.error || !artifact.optimized) return { why: `wasm-opt failed on it: ${artifact.error?.message ?? "no output"}` };
  const bench2 = benchModuleFor(input.config, input.variant, artifact, { ...input.log, info: () => {
  } });
  return bench2 ? { bytes: bench2.bytes } : { why: "it exports no benchmark" };
}
function measureProblem(variant, error, log) {
  log.detail(String(error?.stack ?? error));
  const message = String(error?.message ?? error).split("\n")[0]?.slice(0, 300);
  return { kind: "measure", variant, message: `variant "${variant}": the gate cannot read its module: ${message}` };
}
function benchHandOff(config, bench2, counts2) {
  if (!bench2) return { withCounts: counts2 !== void 0 };
  if (counts2 && !config.bench.throughput) return { withCounts: true };
  return { module: bench2.bytes, withCounts: false };
}
function sameSections(a2, b) {
  return canonicalJson(a2) === canonicalJson(b);
}
async function optimizeFailed(input, artifact) {
  const { variant, log } = input;
  for (const line of artifact.error?.details.trimEnd().split("\n") ?? []) log.detail(line);
  const message = `variant "${variant.name}": wasm-opt failed (the sizes shown are the raw ${artifact.kind}'s): ${artifact.error?.message ?? "no output"}`;
  const measurement2 = measureArtifact(artifact).then((m) => ({ ...m, fingerprint: { ...input.fingerprint } }));
  return { measurement: measurement2, problem: { kind: "optimize", variant: variant.name, message } };
}
function fromCache(input, found, cached) {
  const measurement2 = structuredClone(found.measurement);
  measurement2.fingerprint = { ...input.fingerprint, optimized: found.optimizedSha256 };
  measurement2.reuse = reuseRecord(found);
  const bench2 = benchModuleFor(input.config, input.variant, artifactOf(input.bytes, cached.optimized), input.log);
  const handOff = benchHandOff(input.config, bench2, found.counts);
  return {
    measurement: Promise.resolve(handOff.withCounts ? withCounts(measurement2, found.counts) : measurement2),
    shipped: cached.optimized,
    ...handOff.module ? { benchModule: handOff.module } : {},
    ...cached.functionKeys ? { functionKeys: cached.functionKeys } : {},
    ...found.counts ? { knownCounts: found.counts } : {}
  };
}
function artifactOf(raw, optimized) {
  if (!isComponent(optimized)) {
    const features2 = detectFeatures(raw);
    const module2 = { index: 0, location: "module", raw, optimized, features: features2, enabled: featuresToEnable(features2) };
    return { kind: "module", raw, optimized, modules: [module2] };
  }
  const modules = embeddedCoreModules(optimized).map((e) => {
    const bytes2 = optimized.subarray(e.start, e.end);
    const features2 = detectFeatures(bytes2);
    return { index: e.index, location: e.location, raw: bytes2, optimized: bytes2, features: features2, enabled: featuresToEnable(features2) };
  });
  return { kind: "component", raw, optimized, modules };
}
function measuredWithSizes(artifact, size) {
  const optimized = artifact.optimized;
  return {
    size: { raw: artifact.raw.length, optimized: optimized.length, gzip: size.gzip, brotli: size.brotli },
    sections: sectionSizes(optimized),
    features: featureRecord(artifact.modules[0])
  };
}
function withCounts(m, counts2) {
  if (counts2 && Object.keys(counts2.results).length > 0) m.bench = structuredClone(counts2.results);
  return m;
}
function reuseRecord(found) {
  const counted = found.counts && Object.keys(found.counts.results).length > 0;
  return { source: found.source, reused: counted ? ["sizes", "counts"] : ["sizes"] };
}
function benchModuleFor(config, variant, artifact, log) {
  if (!config.bench.enabled || variant.bench === false) return void 0;
  const choice = benchModuleOf(artifact, variant.bench?.exports ?? config.bench.exports, variant.bench?.traces ?? config.bench.traces);
  if (choice.note) log.info(`  ${variant.name}: ${choice.note}`);
  return choice.bytes ? { bytes: withPlainImports(choice.bytes), ...choice.index === void 0 ? {} : { index: choice.index } } : void 0;
}
function logMeasurement(log, name3, m) {
  const reused = m.reuse ? `; unchanged artifact: reused ${reusedParts(m.reuse).join(", ")} from the ${m.reuse.source}` : "";
  log.info(`  ${name3}: ${sizesLine(m.size)}${m.optimizeFailed ? " (of the raw module)" : ""}${featureNote(m.features?.enabled)}${reused}`);
  for (const core of m.component?.coreModules ?? []) log.info(`    ${core.location}: ${sizesLine(core.size)}${featureNote(core.features.enabled)}`);
}
function sizesLine(size) {
  const part = (metric) => {
    const value = size[metric];
    return value === void 0 ? `${metric} failed` : `${metric} ${formatBytes(value)}`;
  };
  return ["raw", "optimized", "gzip", "brotli"].map(part).join(", ").replaceAll(NBSP, " ");
}
function featureNote(enabled) {
  return enabled && enabled.length > 0 ? `; features: ${enabled.join(", ")}` : "";
}

// src/measure/base-variants.ts
async function measureAtBase(input) {
  const records = /* @__PURE__ */ new Map();
  const { against, log } = input;
  if (input.variants.length === 0) return records;
  const title2 = `wasm-gate: base builds at ${against.sha.slice(0, 7)} (--against ${against.ref}): every variant builds a second time`;
  try {
    await log.group(
      title2,
      () => withBaseWorktree(input.config.dir, against.sha, input.env, async (worktree) => {
        for (const variant of input.variants) records.set(variant.name, await baseVariant(input, variant, worktree));
      })
    );
  } catch (error) {
    const failed = baseFailure(`the base commit's worktree: ${error?.message ?? error}`);
    for (const variant of input.variants) if (!records.has(variant.name)) records.set(variant.name, failed);
  }
  for (const [name3, record2] of records) {
    if (record2.status === "failed") log.warn(`${name3}: ${record2.message} (the head is measured and gated as without --against)`);
  }
  return records;
}
async function baseVariant(input, variant, worktree) {
  const { config, log } = input;
  const built = await buildAtBase(variant, worktree, { env: input.env, fileSizeLimitBytes: config.fileSizeLimitMb * 2 ** 20, onOutput: (line) => log.detail(line) });
  const took = built.record.baseBuildMs === void 0 ? "" : ` (${seconds(built.record.baseBuildMs)})`;
  if (!built.bytes) {
    log.info(`  ${variant.name}: ${built.record.message}${took}`);
    return built.record;
  }
  const notWasm = artifactProblem(variant.name, variant.artifact, built.bytes);
  if (notWasm) return { ...baseFailure(notWasm.message), ...withTime(built.record) };
  try {
    const module2 = await input.hold(() => baseBenchModule({ optimizer: input.optimizer, config, variant, bytes: built.bytes, log }));
    if ("why" in module2) return { ...baseFailure(module2.why), ...withTime(built.record) };
    input.addBase(variant.name, module2.bytes);
  } catch (error) {
    return { ...baseFailure(`the gate cannot read its module: ${String(error?.message ?? error).split("\n")[0]}`), ...withTime(built.record) };
  }
  log.info(`  ${variant.name}: built at the base${took}`);
  return built.record;
}
function withTime(record2) {
  return record2.baseBuildMs === void 0 ? {} : { baseBuildMs: record2.baseBuildMs };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// src/optimize/names-kept.ts
function namesFromKeptCopy(shipped, kept, input) {
  const difference = firstDifference(shipped, kept);
  if (difference) {
    return { names: /* @__PURE__ */ new Map(), problem: `the optimizer's names-kept copy differs from the shipped module (${difference}), so names could not be matched to its functions` };
  }
  return withInputNames(readFunctionNames(kept), input);
}
function namesFromSymbolMap(text, input) {
  const names = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const m = /^(\d+):(.*)$/.exec(line);
    if (!m || /^(\d+|fimport\$\d+)$/.test(m[2]) || !m[2]) continue;
    names.set(Number(m[1]), m[2]);
  }
  return withInputNames(names.size > 0 ? { names } : { names, problem: 'the build kept no "name" section' }, input);
}
function withInputNames(found, input) {
  const original = readFunctionNames(input);
  if (original.names.size === 0) return { names: /* @__PURE__ */ new Map(), problem: original.problem === 'the module has no "name" section' ? 'the build kept no "name" section' : original.problem ?? "the build named no function" };
  const known = new Set(original.names.values());
  const { importedFunctions, sizes: sizes2 } = readFunctionBodies(input);
  const inputFullyNamed = sizes2.every((_, i2) => original.names.has(importedFunctions + i2));
  const names = /* @__PURE__ */ new Map();
  for (const [index, name3] of found.names) {
    const m = /^(.*)_\d+$/s.exec(name3);
    names.set(index, m && !known.has(name3) && known.has(m[1]) ? m[1] : name3);
  }
  return { names, ...found.problem ? { problem: found.problem } : {}, ...inputFullyNamed ? { inputFullyNamed } : {} };
}
function firstDifference(a2, b) {
  const code = (bytes2) => readSections(bytes2).filter((s) => s.id !== 0);
  const x = code(a2);
  const y = code(b);
  if (x.length !== y.length) return `${x.length} sections against ${y.length}`;
  for (let i2 = 0; i2 < x.length; i2++) {
    const s = x[i2];
    const t = y[i2];
    const same = s.id === t.id && s.end - s.start === t.end - t.start && Buffer.compare(a2.subarray(s.start, s.end), b.subarray(t.start, t.end)) === 0;
    if (!same) return `section ${s.name}`;
  }
  return void 0;
}
function namesOfModule(bytes2) {
  return withInputNames(readFunctionNames(bytes2), bytes2);
}

// src/optimize/wasm-opt-flags.ts
var FlagError = class extends Error {
};
var BINARYEN_FEATURES = {
  "sign-ext": "SignExt",
  threads: "Atomics",
  "mutable-globals": "MutableGlobals",
  "nontrapping-float-to-int": "NontrappingFPToInt",
  simd: "SIMD128",
  "bulk-memory": "BulkMemory",
  "bulk-memory-opt": "BulkMemoryOpt",
  "call-indirect-overlong": "CallIndirectOverlong",
  "exception-handling": "ExceptionHandling",
  "tail-call": "TailCall",
  "reference-types": "ReferenceTypes",
  multivalue: "Multivalue",
  gc: "GC",
  memory64: "Memory64",
  "relaxed-simd": "RelaxedSIMD",
  "extended-const": "ExtendedConst",
  strings: "Strings",
  multimemory: "MultiMemory",
  "stack-switching": "StackSwitching",
  "shared-everything": "SharedEverything",
  fp16: "FP16",
  "acquire-release-atomics": "AcquireReleaseAtomics",
  "custom-page-sizes": "CustomPageSizes",
  "wide-arithmetic": "WideArithmetic",
  "compact-imports": "CompactImports",
  "relaxed-atomics": "RelaxedAtomics"
};
function impliedFeatures(flag) {
  if (flag.op === "enable" && flag.feature === "bulk-memory") return ["bulk-memory", "bulk-memory-opt"];
  if (flag.op === "disable" && flag.feature === "bulk-memory-opt") return ["bulk-memory-opt", "bulk-memory"];
  return [flag.feature];
}
function applyFeatureFlags(base, flags, known = Object.keys(BINARYEN_FEATURES)) {
  const on6 = /* @__PURE__ */ new Set();
  for (const name3 of base) for (const implied of impliedFeatures({ op: "enable", feature: name3 })) on6.add(implied);
  for (const flag of flags) {
    const names = flag.feature === "all" ? known : impliedFeatures(flag);
    for (const name3 of names) {
      if (flag.op === "enable") on6.add(name3);
      else on6.delete(name3);
    }
  }
  return known.filter((name3) => on6.has(name3));
}
function featureFlagsOf(flags) {
  const out = [];
  for (const flag of flags) {
    if (flag === "--all-features" || flag === "-all") out.push({ op: "enable", feature: "all" });
    else if (flag === "--mvp-features" || flag === "-mvp") out.push({ op: "disable", feature: "all" });
    else if (flag.startsWith("--enable-")) out.push({ op: "enable", feature: flag.slice("--enable-".length) });
    else if (flag.startsWith("--disable-")) out.push({ op: "disable", feature: flag.slice("--disable-".length) });
  }
  return out;
}
function featureFlag(op2, flag) {
  const feature = flag.slice(`--${op2}-`.length);
  if (!BINARYEN_FEATURES[feature]) {
    throw new FlagError(`unknown wasm feature in optimize.flags: ${flag} (known: ${Object.keys(BINARYEN_FEATURES).join(", ")})`);
  }
  return { op: op2, feature };
}
var OPT_LEVELS = {
  "-O": [2, 0],
  "-O0": [0, 0],
  "-O1": [1, 0],
  "-O2": [2, 0],
  "-O3": [3, 0],
  "-O4": [4, 0],
  "-Os": [2, 1],
  "-Oz": [2, 2]
};
var TOGGLES = {
  "--low-memory-unused": "lowMemoryUnused",
  "--zero-filled-memory": "zeroFilledMemory",
  "--fast-math": "fastMath",
  "--traps-never-happen": "trapsNeverHappen",
  "-tnh": "trapsNeverHappen",
  "--closed-world": "closedWorld"
};
var IGNORED = /* @__PURE__ */ new Set(["--detect-features", "-q", "--quiet", "--validate"]);
function planFromFlags(flags) {
  const plan2 = { steps: [], features: [], debugInfo: false, validate: true, passArgs: {}, toggles: {} };
  for (const flag of flags) {
    const levels = OPT_LEVELS[flag];
    if (levels) {
      plan2.steps.push({ kind: "optimize", optimizeLevel: levels[0], shrinkLevel: levels[1] });
    } else if (flag === "-g" || flag === "--debuginfo") {
      plan2.debugInfo = true;
    } else if (flag === "--no-validation" || flag === "-n") {
      plan2.validate = false;
    } else if (flag === "--converge" || flag === "-c") {
      plan2.steps.push({ kind: "converge" });
    } else if (TOGGLES[flag]) {
      plan2.toggles[TOGGLES[flag]] = true;
    } else if (flag === "--all-features" || flag === "-all") {
      plan2.features.push({ op: "enable", feature: "all" });
    } else if (flag === "--mvp-features" || flag === "-mvp") {
      plan2.features.push({ op: "disable", feature: "all" });
    } else if (flag.startsWith("--enable-")) {
      plan2.features.push(featureFlag("enable", flag));
    } else if (flag.startsWith("--disable-")) {
      plan2.features.push(featureFlag("disable", flag));
    } else if (flag.startsWith("--pass-arg=")) {
      const [key, value = "1"] = flag.slice("--pass-arg=".length).split("@");
      if (!key) throw new FlagError(`wasm-opt flag ${flag} needs a KEY or KEY@VALUE`);
      plan2.passArgs[key] = value;
    } else if (IGNORED.has(flag)) {
      continue;
    } else if (/^--[a-z0-9][a-z0-9-]*$/.test(flag)) {
      plan2.steps.push({ kind: "pass", name: flag.slice(2) });
    } else {
      throw new FlagError(
        `wasm-opt flag "${flag}" is not supported by the in-process binaryen engine (use -O levels, --<pass-name>, --enable-/--disable-<feature>, or set optimize.engine to "native")`
      );
    }
  }
  return plan2;
}

// src/optimize/binaryen-engine.ts
var loading;
function loadBinaryen() {
  divertibleConsole();
  loading ??= import("./binaryen.js").then((m) => m.default);
  return loading;
}
async function optimizeWithBinaryen(input, plan2, features2) {
  return (await optimize(input, plan2, features2, false)).bytes;
}
async function optimizeWithBinaryenNamed(input, plan2, features2) {
  return optimize(input, plan2, features2, true);
}
async function optimize(input, plan2, features2, withNames) {
  const binaryen = await loadBinaryen();
  const { mask, enabled } = featureMask(binaryen, features2, plan2);
  const readBinary = binaryen.readBinary;
  const read = captureOutput(() => readBinary(input, mask));
  if (!read.value) throw readError(read.output, exceptionText(binaryen, read.error));
  const module2 = read.value;
  try {
    if (plan2.validate) {
      const valid = captureOutput(() => module2.validate());
      if (valid.error) throw readError(valid.output, exceptionText(binaryen, valid.error));
      if (!valid.value) throw validationError(valid.output, enabled, features2);
    }
    const run = captureOutput(() => {
      configure(binaryen, plan2);
      runSteps(binaryen, module2, plan2);
      const bytes2 = module2.emitBinary();
      if (!withNames) return { bytes: bytes2 };
      if (plan2.debugInfo || readFunctionNames(input).names.size === 0) return { bytes: bytes2, names: namesFromKeptCopy(bytes2, bytes2, input), namedCopy: bytes2 };
      binaryen.setDebugInfo(true);
      const kept = module2.emitBinary();
      return { bytes: bytes2, names: namesFromKeptCopy(bytes2, kept, input), namedCopy: kept };
    });
    if (!run.value) throw optimizeError(exceptionText(binaryen, run.error), run.output);
    return run.value;
  } finally {
    binaryen.setDebugInfo(false);
    module2.dispose();
  }
}
function exceptionText(binaryen, error) {
  if (error instanceof Error) return error.message;
  try {
    const [, message] = binaryen.getExceptionMessage(error);
    if (message) return message.trim();
  } catch {
  }
  return String(error);
}
function optimizeError(text, output) {
  const pass = /Could not find pass: (\S+)/.exec(text)?.[1];
  if (pass) {
    return new WasmOptError(`optimize.flags: binaryen has no pass "--${pass}" ("${text.replace(/^Fatal: /, "")}"): fix its name (\`wasm-opt --help\` lists them)`, output || text);
  }
  return new WasmOptError(`binaryen failed while optimizing: ${text.slice(0, 300)}`, output || text);
}
function configure(binaryen, plan2) {
  binaryen.setDebugInfo(plan2.debugInfo);
  binaryen.clearPassArguments();
  for (const [key, value] of Object.entries(plan2.passArgs)) binaryen.setPassArgument(key, value);
  binaryen.setLowMemoryUnused(plan2.toggles.lowMemoryUnused ?? false);
  binaryen.setZeroFilledMemory(plan2.toggles.zeroFilledMemory ?? false);
  binaryen.setFastMath(plan2.toggles.fastMath ?? false);
  binaryen.setTrapsNeverHappen(plan2.toggles.trapsNeverHappen ?? false);
  binaryen.setClosedWorld(plan2.toggles.closedWorld ?? false);
  const stackIR = plan2.steps.some((s) => s.kind === "optimize" && (s.optimizeLevel >= 2 || s.shrinkLevel >= 1));
  binaryen.setGenerateStackIR(stackIR);
  binaryen.setOptimizeStackIR(stackIR);
}
function runSteps(binaryen, module2, plan2) {
  let converge = false;
  const runOnce = () => {
    for (const step of plan2.steps) {
      if (step.kind === "optimize") {
        binaryen.setOptimizeLevel(step.optimizeLevel);
        binaryen.setShrinkLevel(step.shrinkLevel);
        module2.optimize();
      } else if (step.kind === "pass") {
        module2.runPasses([step.name]);
      } else {
        converge = true;
      }
    }
  };
  runOnce();
  if (!converge) return;
  let size = module2.emitBinary().length;
  for (; ; ) {
    runOnce();
    const next = module2.emitBinary().length;
    if (next >= size) return;
    size = next;
  }
}
function featureMask(binaryen, features2, plan2) {
  const F = binaryen.Features;
  const bit = (name3) => {
    const key = BINARYEN_FEATURES[name3];
    if (!key || F[key] === void 0) throw new WasmOptError(`the in-process binaryen does not know the wasm feature "${name3}"`, "");
    return F[key];
  };
  let mask = 0;
  for (const name3 of features2) for (const implied of impliedFeatures({ op: "enable", feature: name3 })) mask |= bit(implied);
  for (const flag of plan2.features) {
    const bits = flag.feature === "all" ? F.All : impliedFeatures(flag).reduce((m, name3) => m | bit(name3), 0);
    mask = flag.op === "enable" ? mask | bits : mask & ~bits;
  }
  const enabled = Object.keys(BINARYEN_FEATURES).filter((name3) => F[BINARYEN_FEATURES[name3]] !== void 0 && (mask & bit(name3)) !== 0);
  return { mask, enabled };
}

// src/optimize/native-engine.ts
import { mkdtemp as mkdtemp2, readFile as readFile3, rm as rm3, writeFile } from "node:fs/promises";
import os3 from "node:os";
import path19 from "node:path";

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/execa/lib/arguments/file-url.js
import { fileURLToPath as fileURLToPath3 } from "node:url";
var safeNormalizeFileUrl = (file, name3) => {
  const fileString = normalizeFileUrl(normalizeDenoExecPath(file));
  if (typeof fileString !== "string") {
    throw new TypeError(`${name3} must be a string or a file URL: ${fileString}.`);
  }
  return fileString;
};
var normalizeDenoExecPath = (file) => isDenoExecPath(file) ? file.toString() : file;
var isDenoExecPath = (file) => typeof file !== "string" && file && Object.getPrototypeOf(file) === String.prototype;
var normalizeFileUrl = (file) => file instanceof URL ? fileURLToPath3(file) : file;

// node_modules/execa/lib/methods/parameters.js
var normalizeParameters = (rawFile, rawArguments = [], rawOptions = {}) => {
  const filePath = safeNormalizeFileUrl(rawFile, "First argument");
  const [commandArguments, options] = isPlainObject(rawArguments) ? [[], rawArguments] : [rawArguments, rawOptions];
  if (!Array.isArray(commandArguments)) {
    throw new TypeError(`Second argument must be either an array of arguments or an options object: ${commandArguments}`);
  }
  if (commandArguments.some((commandArgument) => typeof commandArgument === "object" && commandArgument !== null)) {
    throw new TypeError(`Second argument must be an array of strings: ${commandArguments}`);
  }
  const normalizedArguments = commandArguments.map(String);
  const nullByteArgument = normalizedArguments.find((normalizedArgument) => normalizedArgument.includes("\0"));
  if (nullByteArgument !== void 0) {
    throw new TypeError(`Arguments cannot contain null bytes ("\\0"): ${nullByteArgument}`);
  }
  if (!isPlainObject(options)) {
    throw new TypeError(`Last argument must be an options object: ${options}`);
  }
  return [filePath, normalizedArguments, options];
};

// node_modules/execa/lib/methods/template.js
import { ChildProcess } from "node:child_process";

// node_modules/execa/lib/utils/uint-array.js
import { StringDecoder } from "node:string_decoder";
var { toString: objectToString } = Object.prototype;
var isArrayBuffer = (value) => objectToString.call(value) === "[object ArrayBuffer]";
var isUint8Array = (value) => objectToString.call(value) === "[object Uint8Array]";
var bufferToUint8Array = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
var textEncoder = new TextEncoder();
var stringToUint8Array = (string) => textEncoder.encode(string);
var textDecoder = new TextDecoder();
var uint8ArrayToString = (uint8Array) => textDecoder.decode(uint8Array);
var joinToString = (uint8ArraysOrStrings, encoding) => {
  const strings2 = uint8ArraysToStrings(uint8ArraysOrStrings, encoding);
  return strings2.join("");
};
var uint8ArraysToStrings = (uint8ArraysOrStrings, encoding) => {
  if (encoding === "utf8" && uint8ArraysOrStrings.every((uint8ArrayOrString) => typeof uint8ArrayOrString === "string")) {
    return uint8ArraysOrStrings;
  }
  const decoder = new StringDecoder(encoding);
  const strings2 = uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString).map((uint8Array) => decoder.write(uint8Array));
  const finalString = decoder.end();
  return finalString === "" ? strings2 : [...strings2, finalString];
};
var joinToUint8Array = (uint8ArraysOrStrings) => {
  if (uint8ArraysOrStrings.length === 1 && isUint8Array(uint8ArraysOrStrings[0])) {
    return uint8ArraysOrStrings[0];
  }
  return concatUint8Arrays(stringsToUint8Arrays(uint8ArraysOrStrings));
};
var stringsToUint8Arrays = (uint8ArraysOrStrings) => uint8ArraysOrStrings.map((uint8ArrayOrString) => typeof uint8ArrayOrString === "string" ? stringToUint8Array(uint8ArrayOrString) : uint8ArrayOrString);
var concatUint8Arrays = (uint8Arrays) => {
  const result = new Uint8Array(getJoinLength(uint8Arrays));
  let index = 0;
  for (const uint8Array of uint8Arrays) {
    result.set(uint8Array, index);
    index += uint8Array.length;
  }
  return result;
};
var getJoinLength = (uint8Arrays) => {
  let joinLength = 0;
  for (const uint8Array of uint8Arrays) {
    joinLength += uint8Array.length;
  }
  return joinLength;
};

// node_modules/execa/lib/methods/template.js
var isTemplateString = (templates) => Array.isArray(templates) && Array.isArray(templates.raw);
var parseTemplates = (templates, expressions) => {
  let tokens = [];
  for (const [index, template] of templates.entries()) {
    tokens = parseTemplate({
      templates,
      expressions,
      tokens,
      index,
      template
    });
  }
  if (tokens.length === 0) {
    throw new TypeError("Template script must not be empty");
  }
  const [file, ...commandArguments] = tokens;
  return [file, commandArguments, {}];
};
var parseTemplate = ({ templates, expressions, tokens, index, template }) => {
  if (template === void 0) {
    throw new TypeError(`Invalid backslash sequence: ${templates.raw[index]}`);
  }
  const { nextTokens, leadingWhitespaces, trailingWhitespaces } = splitByWhitespaces(template, templates.raw[index]);
  const newTokens = concatTokens(tokens, nextTokens, leadingWhitespaces);
  if (index === expressions.length) {
    return newTokens;
  }
  const expression = expressions[index];
  const expressionTokens = Array.isArray(expression) ? expression.map((expression2) => parseExpression(expression2)) : [parseExpression(expression)];
  return concatTokens(newTokens, expressionTokens, trailingWhitespaces);
};
var splitByWhitespaces = (template, rawTemplate) => {
  if (rawTemplate.length === 0) {
    return { nextTokens: [], leadingWhitespaces: false, trailingWhitespaces: false };
  }
  const nextTokens = [];
  let templateStart = 0;
  const leadingWhitespaces = DELIMITERS.has(rawTemplate[0]);
  for (let templateIndex = 0, rawIndex = 0; templateIndex < template.length; templateIndex += 1, rawIndex += 1) {
    const rawCharacter = rawTemplate[rawIndex];
    if (DELIMITERS.has(rawCharacter)) {
      if (templateStart !== templateIndex) {
        nextTokens.push(template.slice(templateStart, templateIndex));
      }
      templateStart = templateIndex + 1;
    } else if (rawCharacter === "\\") {
      const nextRawCharacter = rawTemplate[rawIndex + 1];
      if (nextRawCharacter === "\n") {
        templateIndex -= 1;
        rawIndex += 1;
      } else if (nextRawCharacter === "u" && rawTemplate[rawIndex + 2] === "{") {
        rawIndex = rawTemplate.indexOf("}", rawIndex + 3);
      } else {
        rawIndex += ESCAPE_LENGTH[nextRawCharacter] ?? 1;
      }
    }
  }
  const trailingWhitespaces = templateStart === template.length;
  if (!trailingWhitespaces) {
    nextTokens.push(template.slice(templateStart));
  }
  return { nextTokens, leadingWhitespaces, trailingWhitespaces };
};
var DELIMITERS = /* @__PURE__ */ new Set([" ", "	", "\r", "\n"]);
var ESCAPE_LENGTH = { x: 3, u: 5 };
var concatTokens = (tokens, nextTokens, isSeparated) => isSeparated || tokens.length === 0 || nextTokens.length === 0 ? [...tokens, ...nextTokens] : [
  ...tokens.slice(0, -1),
  `${tokens.at(-1)}${nextTokens[0]}`,
  ...nextTokens.slice(1)
];
var parseExpression = (expression) => {
  const typeOfExpression = typeof expression;
  if (typeOfExpression === "string") {
    return expression;
  }
  if (typeOfExpression === "number") {
    return String(expression);
  }
  if (isPlainObject(expression) && ("stdout" in expression || "isMaxBuffer" in expression)) {
    return getSubprocessResult(expression);
  }
  if (expression instanceof ChildProcess || Object.prototype.toString.call(expression) === "[object Promise]") {
    throw new TypeError("Unexpected subprocess in template expression. Please use ${await subprocess} instead of ${subprocess}.");
  }
  throw new TypeError(`Unexpected "${typeOfExpression}" in template expression`);
};
var getSubprocessResult = ({ stdout }) => {
  if (typeof stdout === "string") {
    return stdout;
  }
  if (isUint8Array(stdout)) {
    return uint8ArrayToString(stdout);
  }
  if (stdout === void 0) {
    throw new TypeError(`Missing result.stdout in template expression. This is probably due to the previous subprocess' "stdout" option.`);
  }
  throw new TypeError(`Unexpected "${typeof stdout}" stdout in template expression`);
};

// node_modules/execa/lib/methods/main-sync.js
import { spawnSync } from "node:child_process";

// node_modules/execa/lib/arguments/specific.js
import { debuglog } from "node:util";

// node_modules/execa/lib/utils/standard-stream.js
import process2 from "node:process";
var isStandardStream = (stream) => STANDARD_STREAMS.includes(stream);
var STANDARD_STREAMS = [process2.stdin, process2.stdout, process2.stderr];
var STANDARD_STREAMS_ALIASES = ["stdin", "stdout", "stderr"];
var getStreamName = (fdNumber) => STANDARD_STREAMS_ALIASES[fdNumber] ?? `stdio[${fdNumber}]`;

// node_modules/execa/lib/arguments/specific.js
var normalizeFdSpecificOptions = (options) => {
  const optionsCopy = { ...options };
  for (const optionName of FD_SPECIFIC_OPTIONS) {
    optionsCopy[optionName] = normalizeFdSpecificOption(options, optionName);
  }
  return optionsCopy;
};
var normalizeFdSpecificOption = (options, optionName) => {
  const optionBaseArray = Array.from({ length: getStdioLength(options) + 1 });
  const optionArray = normalizeFdSpecificValue(options[optionName], optionBaseArray, optionName);
  return addDefaultValue(optionArray, optionName);
};
var getStdioLength = ({ stdio }) => Array.isArray(stdio) ? Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length) : STANDARD_STREAMS_ALIASES.length;
var normalizeFdSpecificValue = (optionValue, optionArray, optionName) => isPlainObject(optionValue) ? normalizeOptionObject(optionValue, optionArray, optionName) : optionArray.fill(optionValue);
var normalizeOptionObject = (optionValue, optionArray, optionName) => {
  for (const fdName of Object.keys(optionValue).sort(compareFdName)) {
    for (const fdNumber of parseFdName(fdName, optionName, optionArray)) {
      optionArray[fdNumber] = optionValue[fdName];
    }
  }
  return optionArray;
};
var compareFdName = (fdNameA, fdNameB) => getFdNameOrder(fdNameA) < getFdNameOrder(fdNameB) ? 1 : -1;
var getFdNameOrder = (fdName) => {
  if (fdName === "stdout" || fdName === "stderr") {
    return 0;
  }
  return fdName === "all" ? 2 : 1;
};
var parseFdName = (fdName, optionName, optionArray) => {
  if (fdName === "ipc") {
    return [optionArray.length - 1];
  }
  const fdNumber = parseFd(fdName);
  if (fdNumber === void 0 || fdNumber === 0) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid.
It must be "${optionName}.stdout", "${optionName}.stderr", "${optionName}.all", "${optionName}.ipc", or "${optionName}.fd3", "${optionName}.fd4" (and so on).`);
  }
  if (fdNumber >= optionArray.length) {
    throw new TypeError(`"${optionName}.${fdName}" is invalid: that file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  return fdNumber === "all" ? [1, 2] : [fdNumber];
};
var parseFd = (fdName) => {
  if (fdName === "all") {
    return fdName;
  }
  if (STANDARD_STREAMS_ALIASES.includes(fdName)) {
    return STANDARD_STREAMS_ALIASES.indexOf(fdName);
  }
  const regexpResult = FD_REGEXP.exec(fdName);
  if (regexpResult !== null) {
    return Number(regexpResult[1]);
  }
};
var FD_REGEXP = /^fd(\d+)$/;
var addDefaultValue = (optionArray, optionName) => optionArray.map((optionValue) => optionValue === void 0 ? DEFAULT_OPTIONS[optionName] : optionValue);
var verboseDefault = debuglog("execa").enabled ? "full" : "none";
var DEFAULT_OPTIONS = {
  lines: false,
  buffer: true,
  maxBuffer: 1e3 * 1e3 * 100,
  verbose: verboseDefault,
  stripFinalNewline: true
};
var FD_SPECIFIC_OPTIONS = ["lines", "buffer", "maxBuffer", "verbose", "stripFinalNewline"];
var getFdSpecificValue = (optionArray, fdNumber) => fdNumber === "ipc" ? optionArray.at(-1) : optionArray[fdNumber];

// node_modules/execa/lib/verbose/values.js
var isVerbose = ({ verbose }, fdNumber) => getFdVerbose(verbose, fdNumber) !== "none";
var isFullVerbose = ({ verbose }, fdNumber) => !["none", "short"].includes(getFdVerbose(verbose, fdNumber));
var getVerboseFunction = ({ verbose }, fdNumber) => {
  const fdVerbose = getFdVerbose(verbose, fdNumber);
  return isVerboseFunction(fdVerbose) ? fdVerbose : void 0;
};
var getFdVerbose = (verbose, fdNumber) => fdNumber === void 0 ? getFdGenericVerbose(verbose) : getFdSpecificValue(verbose, fdNumber);
var getFdGenericVerbose = (verbose) => verbose.find((fdVerbose) => isVerboseFunction(fdVerbose)) ?? VERBOSE_VALUES.findLast((fdVerbose) => verbose.includes(fdVerbose));
var isVerboseFunction = (fdVerbose) => typeof fdVerbose === "function";
var VERBOSE_VALUES = ["none", "short", "full"];

// node_modules/execa/lib/verbose/log.js
import { inspect } from "node:util";

// node_modules/execa/lib/arguments/escape.js
import { platform } from "node:process";
import { stripVTControlCharacters } from "node:util";
var joinCommand = (filePath, rawArguments) => {
  const fileAndArguments = [filePath, ...rawArguments];
  const command = fileAndArguments.join(" ");
  const escapedCommand = fileAndArguments.map((fileAndArgument) => quoteString(escapeControlCharacters(fileAndArgument))).join(" ");
  return { command, escapedCommand };
};
var escapeLines = (lines) => stripVTControlCharacters(lines).split("\n").map((line) => escapeControlCharacters(line)).join("\n");
var escapeControlCharacters = (line) => line.replaceAll(SPECIAL_CHAR_REGEXP, (character) => escapeControlCharacter(character));
var escapeControlCharacter = (character) => {
  const commonEscape = COMMON_ESCAPES[character];
  if (commonEscape !== void 0) {
    return commonEscape;
  }
  const codepoint = character.codePointAt(0);
  const codepointHex = codepoint.toString(16);
  return codepoint <= ASTRAL_START ? `\\u${codepointHex.padStart(4, "0")}` : `\\U${codepointHex}`;
};
var getSpecialCharRegExp = () => {
  try {
    return new RegExp("\\p{Separator}|\\p{Other}", "gu");
  } catch {
    return /[\s\u0000-\u001F\u007F-\u009F\u00AD]/g;
  }
};
var SPECIAL_CHAR_REGEXP = getSpecialCharRegExp();
var COMMON_ESCAPES = {
  " ": " ",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t"
};
var ASTRAL_START = 65535;
var quoteString = (escapedArgument) => {
  if (NO_ESCAPE_REGEXP.test(escapedArgument)) {
    return escapedArgument;
  }
  return platform === "win32" ? `"${escapedArgument.replaceAll('"', '""')}"` : `'${escapedArgument.replaceAll("'", "'\\''")}'`;
};
var NO_ESCAPE_REGEXP = /^[\w./-]+$/;

// node_modules/is-unicode-supported/index.js
import process3 from "node:process";
function isUnicodeSupported() {
  const { env } = process3;
  const { TERM, TERM_PROGRAM } = env;
  if (process3.platform !== "win32") {
    return TERM !== "linux";
  }
  return Boolean(env.WT_SESSION) || Boolean(env.TERMINUS_SUBLIME) || env.ConEmuTask === "{cmd::Cmder}" || TERM_PROGRAM === "Terminus-Sublime" || TERM_PROGRAM === "vscode" || TERM === "xterm-256color" || TERM === "alacritty" || TERM === "rxvt-unicode" || TERM === "rxvt-unicode-256color" || env.TERMINAL_EMULATOR === "JetBrains-JediTerm";
}

// node_modules/figures/index.js
var common = {
  circleQuestionMark: "(?)",
  questionMarkPrefix: "(?)",
  square: "█",
  squareDarkShade: "▓",
  squareMediumShade: "▒",
  squareLightShade: "░",
  squareTop: "▀",
  squareBottom: "▄",
  squareLeft: "▌",
  squareRight: "▐",
  squareCenter: "■",
  bullet: "●",
  dot: "․",
  ellipsis: "…",
  pointerSmall: "›",
  triangleUp: "▲",
  triangleUpSmall: "▴",
  triangleDown: "▼",
  triangleDownSmall: "▾",
  triangleLeftSmall: "◂",
  triangleRightSmall: "▸",
  home: "⌂",
  heart: "♥",
  musicNote: "♪",
  musicNoteBeamed: "♫",
  arrowUp: "↑",
  arrowDown: "↓",
  arrowLeft: "←",
  arrowRight: "→",
  arrowLeftRight: "↔",
  arrowUpDown: "↕",
  almostEqual: "≈",
  notEqual: "≠",
  lessOrEqual: "≤",
  greaterOrEqual: "≥",
  identical: "≡",
  infinity: "∞",
  subscriptZero: "₀",
  subscriptOne: "₁",
  subscriptTwo: "₂",
  subscriptThree: "₃",
  subscriptFour: "₄",
  subscriptFive: "₅",
  subscriptSix: "₆",
  subscriptSeven: "₇",
  subscriptEight: "₈",
  subscriptNine: "₉",
  oneHalf: "½",
  oneThird: "⅓",
  oneQuarter: "¼",
  oneFifth: "⅕",
  oneSixth: "⅙",
  oneEighth: "⅛",
  twoThirds: "⅔",
  twoFifths: "⅖",
  threeQuarters: "¾",
  threeFifths: "⅗",
  threeEighths: "⅜",
  fourFifths: "⅘",
  fiveSixths: "⅚",
  fiveEighths: "⅝",
  sevenEighths: "⅞",
  line: "─",
  lineBold: "━",
  lineDouble: "═",
  lineDashed0: "┄",
  lineDashed1: "┅",
  lineDashed2: "┈",
  lineDashed3: "┉",
  lineDashed4: "╌",
  lineDashed5: "╍",
  lineDashed6: "╴",
  lineDashed7: "╶",
  lineDashed8: "╸",
  lineDashed9: "╺",
  lineDashed10: "╼",
  lineDashed11: "╾",
  lineDashed12: "−",
  lineDashed13: "–",
  lineDashed14: "‐",
  lineDashed15: "⁃",
  lineVertical: "│",
  lineVerticalBold: "┃",
  lineVerticalDouble: "║",
  lineVerticalDashed0: "┆",
  lineVerticalDashed1: "┇",
  lineVerticalDashed2: "┊",
  lineVerticalDashed3: "┋",
  lineVerticalDashed4: "╎",
  lineVerticalDashed5: "╏",
  lineVerticalDashed6: "╵",
  lineVerticalDashed7: "╷",
  lineVerticalDashed8: "╹",
  lineVerticalDashed9: "╻",
  lineVerticalDashed10: "╽",
  lineVerticalDashed11: "╿",
  lineDownLeft: "┐",
  lineDownLeftArc: "╮",
  lineDownBoldLeftBold: "┓",
  lineDownBoldLeft: "┒",
  lineDownLeftBold: "┑",
  lineDownDoubleLeftDouble: "╗",
  lineDownDoubleLeft: "╖",
  lineDownLeftDouble: "╕",
  lineDownRight: "┌",
  lineDownRightArc: "╭",
  lineDownBoldRightBold: "┏",
  lineDownBoldRight: "┎",
  lineDownRightBold: "┍",
  lineDownDoubleRightDouble: "╔",
  lineDownDoubleRight: "╓",
  lineDownRightDouble: "╒",
  lineUpLeft: "┘",
  lineUpLeftArc: "╯",
  lineUpBoldLeftBold: "┛",
  lineUpBoldLeft: "┚",
  lineUpLeftBold: "┙",
  lineUpDoubleLeftDouble: "╝",
  lineUpDoubleLeft: "╜",
  lineUpLeftDouble: "╛",
  lineUpRight: "└",
  lineUpRightArc: "╰",
  lineUpBoldRightBold: "┗",
  lineUpBoldRight: "┖",
  lineUpRightBold: "┕",
  lineUpDoubleRightDouble: "╚",
  lineUpDoubleRight: "╙",
  lineUpRightDouble: "╘",
  lineUpDownLeft: "┤",
  lineUpBoldDownBoldLeftBold: "┫",
  lineUpBoldDownBoldLeft: "┨",
  lineUpDownLeftBold: "┥",
  lineUpBoldDownLeftBold: "┩",
  lineUpDownBoldLeftBold: "┪",
  lineUpDownBoldLeft: "┧",
  lineUpBoldDownLeft: "┦",
  lineUpDoubleDownDoubleLeftDouble: "╣",
  lineUpDoubleDownDoubleLeft: "╢",
  lineUpDownLeftDouble: "╡",
  lineUpDownRight: "├",
  lineUpBoldDownBoldRightBold: "┣",
  lineUpBoldDownBoldRight: "┠",
  lineUpDownRightBold: "┝",
  lineUpBoldDownRightBold: "┡",
  lineUpDownBoldRightBold: "┢",
  lineUpDownBoldRight: "┟",
  lineUpBoldDownRight: "┞",
  lineUpDoubleDownDoubleRightDouble: "╠",
  lineUpDoubleDownDoubleRight: "╟",
  lineUpDownRightDouble: "╞",
  lineDownLeftRight: "┬",
  lineDownBoldLeftBoldRightBold: "┳",
  lineDownLeftBoldRightBold: "┯",
  lineDownBoldLeftRight: "┰",
  lineDownBoldLeftBoldRight: "┱",
  lineDownBoldLeftRightBold: "┲",
  lineDownLeftRightBold: "┮",
  lineDownLeftBoldRight: "┭",
  lineDownDoubleLeftDoubleRightDouble: "╦",
  lineDownDoubleLeftRight: "╥",
  lineDownLeftDoubleRightDouble: "╤",
  lineUpLeftRight: "┴",
  lineUpBoldLeftBoldRightBold: "┻",
  lineUpLeftBoldRightBold: "┷",
  lineUpBoldLeftRight: "┸",
  lineUpBoldLeftBoldRight: "┹",
  lineUpBoldLeftRightBold: "┺",
  lineUpLeftRightBold: "┶",
  lineUpLeftBoldRight: "┵",
  lineUpDoubleLeftDoubleRightDouble: "╩",
  lineUpDoubleLeftRight: "╨",
  lineUpLeftDoubleRightDouble: "╧",
  lineUpDownLeftRight: "┼",
  lineUpBoldDownBoldLeftBoldRightBold: "╋",
  lineUpDownBoldLeftBoldRightBold: "╈",
  lineUpBoldDownLeftBoldRightBold: "╇",
  lineUpBoldDownBoldLeftRightBold: "╊",
  lineUpBoldDownBoldLeftBoldRight: "╉",
  lineUpBoldDownLeftRight: "╀",
  lineUpDownBoldLeftRight: "╁",
  lineUpDownLeftBoldRight: "┽",
  lineUpDownLeftRightBold: "┾",
  lineUpBoldDownBoldLeftRight: "╂",
  lineUpDownLeftBoldRightBold: "┿",
  lineUpBoldDownLeftBoldRight: "╃",
  lineUpBoldDownLeftRightBold: "╄",
  lineUpDownBoldLeftBoldRight: "╅",
  lineUpDownBoldLeftRightBold: "╆",
  lineUpDoubleDownDoubleLeftDoubleRightDouble: "╬",
  lineUpDoubleDownDoubleLeftRight: "╫",
  lineUpDownLeftDoubleRightDouble: "╪",
  lineCross: "╳",
  lineBackslash: "╲",
  lineSlash: "╱"
};
var specialMainSymbols = {
  tick: "✔",
  info: "ℹ",
  warning: "⚠",
  cross: "✘",
  squareSmall: "◻",
  squareSmallFilled: "◼",
  circle: "◯",
  circleFilled: "◉",
  circleDotted: "◌",
  circleDouble: "◎",
  circleCircle: "ⓞ",
  circleCross: "ⓧ",
  circlePipe: "Ⓘ",
  radioOn: "◉",
  radioOff: "◯",
  checkboxOn: "☒",
  checkboxOff: "☐",
  checkboxCircleOn: "ⓧ",
  checkboxCircleOff: "Ⓘ",
  pointer: "❯",
  triangleUpOutline: "△",
  triangleLeft: "◀",
  triangleRight: "▶",
  lozenge: "◆",
  lozengeOutline: "◇",
  hamburger: "☰",
  smiley: "㋡",
  mustache: "෴",
  star: "★",
  play: "▶",
  nodejs: "⬢",
  oneSeventh: "⅐",
  oneNinth: "⅑",
  oneTenth: "⅒"
};
var specialFallbackSymbols = {
  tick: "√",
  info: "i",
  warning: "‼",
  cross: "×",
  squareSmall: "□",
  squareSmallFilled: "■",
  circle: "( )",
  circleFilled: "(*)",
  circleDotted: "( )",
  circleDouble: "( )",
  circleCircle: "(○)",
  circleCross: "(×)",
  circlePipe: "(│)",
  radioOn: "(*)",
  radioOff: "( )",
  checkboxOn: "[×]",
  checkboxOff: "[ ]",
  checkboxCircleOn: "(×)",
  checkboxCircleOff: "( )",
  pointer: ">",
  triangleUpOutline: "∆",
  triangleLeft: "◄",
  triangleRight: "►",
  lozenge: "♦",
  lozengeOutline: "◊",
  hamburger: "≡",
  smiley: "☺",
  mustache: "┌─┐",
  star: "✶",
  play: "►",
  nodejs: "♦",
  oneSeventh: "1/7",
  oneNinth: "1/9",
  oneTenth: "1/10"
};
var mainSymbols = { ...common, ...specialMainSymbols };
var fallbackSymbols = { ...common, ...specialFallbackSymbols };
var shouldUseMain = isUnicodeSupported();
var figures = shouldUseMain ? mainSymbols : fallbackSymbols;
var figures_default = figures;
var replacements = Object.entries(specialMainSymbols);

// node_modules/yoctocolors/base.js
import tty from "node:tty";
var hasColors = tty?.WriteStream?.prototype?.hasColors?.() ?? false;
var format3 = (open3, close) => {
  if (!hasColors) {
    return (input) => input;
  }
  const openCode = `\x1B[${open3}m`;
  const closeCode = `\x1B[${close}m`;
  return (input) => {
    const string = input + "";
    let index = string.indexOf(closeCode);
    if (index === -1) {
      return openCode + string + closeCode;
    }
    let result = openCode;
    let lastIndex = 0;
    const reopenOnNestedClose = close === 22;
    const replaceCode = (reopenOnNestedClose ? closeCode : "") + openCode;
    while (index !== -1) {
      result += string.slice(lastIndex, index) + replaceCode;
      lastIndex = index + closeCode.length;
      index = string.indexOf(closeCode, lastIndex);
    }
    result += string.slice(lastIndex) + closeCode;
    return result;
  };
};
var reset = format3(0, 0);
var bold = format3(1, 22);
var dim = format3(2, 22);
var italic = format3(3, 23);
var underline = format3(4, 24);
var underlineDouble = format3("4:2", 24);
var underlineCurly = format3("4:3", 24);
var underlineDotted = format3("4:4", 24);
var underlineDashed = format3("4:5", 24);
var overline = format3(53, 55);
var inverse = format3(7, 27);
var hidden = format3(8, 28);
var strikethrough = format3(9, 29);
var black = format3(30, 39);
var red = format3(31, 39);
var green = format3(32, 39);
var yellow = format3(33, 39);
var blue = format3(34, 39);
var magenta = format3(35, 39);
var cyan = format3(36, 39);
var white = format3(37, 39);
var gray = format3(90, 39);
var bgBlack = format3(40, 49);
var bgRed = format3(41, 49);
var bgGreen = format3(42, 49);
var bgYellow = format3(43, 49);
var bgBlue = format3(44, 49);
var bgMagenta = format3(45, 49);
var bgCyan = format3(46, 49);
var bgWhite = format3(47, 49);
var bgGray = format3(100, 49);
var redBright = format3(91, 39);
var greenBright = format3(92, 39);
var yellowBright = format3(93, 39);
var blueBright = format3(94, 39);
var magentaBright = format3(95, 39);
var cyanBright = format3(96, 39);
var whiteBright = format3(97, 39);
var bgRedBright = format3(101, 49);
var bgGreenBright = format3(102, 49);
var bgYellowBright = format3(103, 49);
var bgBlueBright = format3(104, 49);
var bgMagentaBright = format3(105, 49);
var bgCyanBright = format3(106, 49);
var bgWhiteBright = format3(107, 49);
var underlineBlack = format3("58;5;0", 59);
var underlineRed = format3("58;5;1", 59);
var underlineGreen = format3("58;5;2", 59);
var underlineYellow = format3("58;5;3", 59);
var underlineBlue = format3("58;5;4", 59);
var underlineMagenta = format3("58;5;5", 59);
var underlineCyan = format3("58;5;6", 59);
var underlineWhite = format3("58;5;7", 59);
var underlineGray = format3("58;5;8", 59);
var underlineRedBright = format3("58;5;9", 59);
var underlineGreenBright = format3("58;5;10", 59);
var underlineYellowBright = format3("58;5;11", 59);
var underlineBlueBright = format3("58;5;12", 59);
var underlineMagentaBright = format3("58;5;13", 59);
var underlineCyanBright = format3("58;5;14", 59);
var underlineWhiteBright = format3("58;5;15", 59);

// node_modules/execa/lib/verbose/default.js
var defaultVerboseFunction = ({
  type,
  message,
  timestamp,
  piped,
  commandId,
  result: { failed = false } = {},
  options: { reject = true }
}) => {
  const timestampString = serializeTimestamp(timestamp);
  const icon = ICONS[type]({ failed, reject, piped });
  const color = COLORS[type]({ reject });
  return `${gray(`[${timestampString}]`)} ${gray(`[${commandId}]`)} ${color(icon)} ${color(message)}`;
};
var serializeTimestamp = (timestamp) => `${padField(timestamp.getHours(), 2)}:${padField(timestamp.getMinutes(), 2)}:${padField(timestamp.getSeconds(), 2)}.${padField(timestamp.getMilliseconds(), 3)}`;
var padField = (field, padding) => String(field).padStart(padding, "0");
var getFinalIcon = ({ failed, reject }) => {
  if (!failed) {
    return figures_default.tick;
  }
  return reject ? figures_default.cross : figures_default.warning;
};
var ICONS = {
  command: ({ piped }) => piped ? "|" : "$",
  output: () => " ",
  ipc: () => "*",
  error: getFinalIcon,
  duration: getFinalIcon
};
var identity = (string) => string;
var COLORS = {
  command: () => bold,
  output: () => identity,
  ipc: () => identity,
  error: ({ reject }) => reject ? redBright : yellowBright,
  duration: () => gray
};

// node_modules/execa/lib/verbose/custom.js
var applyVerboseOnLines = (printedLines, verboseInfo, fdNumber) => {
  const verboseFunction = getVerboseFunction(verboseInfo, fdNumber);
  return printedLines.map(({ verboseLine, verboseObject }) => applyVerboseFunction(verboseLine, verboseObject, verboseFunction)).filter((printedLine) => printedLine !== void 0).map((printedLine) => appendNewline(printedLine)).join("");
};
var applyVerboseFunction = (verboseLine, verboseObject, verboseFunction) => {
  if (verboseFunction === void 0) {
    return verboseLine;
  }
  const printedLine = verboseFunction(verboseLine, verboseObject);
  if (typeof printedLine === "string") {
    return printedLine;
  }
};
var appendNewline = (printedLine) => printedLine.endsWith("\n") ? printedLine : `${printedLine}
`;

// node_modules/execa/lib/verbose/log.js
var verboseLog = ({ type, verboseMessage, fdNumber, verboseInfo, result }) => {
  const verboseObject = getVerboseObject({ type, result, verboseInfo });
  const printedLines = getPrintedLines(verboseMessage, verboseObject);
  const finalLines = applyVerboseOnLines(printedLines, verboseInfo, fdNumber);
  if (finalLines !== "") {
    console.warn(finalLines.slice(0, -1));
  }
};
var getVerboseObject = ({
  type,
  result,
  verboseInfo: { escapedCommand, commandId, rawOptions: { piped = false, ...options } }
}) => ({
  type,
  escapedCommand,
  commandId: `${commandId}`,
  timestamp: /* @__PURE__ */ new Date(),
  piped,
  result,
  options
});
var getPrintedLines = (verboseMessage, verboseObject) => verboseMessage.split("\n").map((message) => getPrintedLine({ ...verboseObject, message }));
var getPrintedLine = (verboseObject) => {
  const verboseLine = defaultVerboseFunction(verboseObject);
  return { verboseLine, verboseObject };
};
var serializeVerboseMessage = (message) => {
  const messageString = typeof message === "string" ? message : inspect(message);
  const escapedMessage = escapeLines(messageString);
  return escapedMessage.replaceAll("	", " ".repeat(TAB_SIZE));
};
var TAB_SIZE = 2;

// node_modules/execa/lib/verbose/start.js
var logCommand = (escapedCommand, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  verboseLog({
    type: "command",
    verboseMessage: escapedCommand,
    verboseInfo
  });
};

// node_modules/execa/lib/verbose/info.js
var getVerboseInfo = (verbose, escapedCommand, rawOptions) => {
  validateVerbose(verbose);
  const commandId = getCommandId(verbose);
  return {
    verbose,
    escapedCommand,
    commandId,
    rawOptions
  };
};
var getCommandId = (verbose) => isVerbose({ verbose }) ? COMMAND_ID++ : void 0;
var COMMAND_ID = 0n;
var validateVerbose = (verbose) => {
  for (const fdVerbose of verbose) {
    if (fdVerbose === false) {
      throw new TypeError(`The "verbose: false" option was renamed to "verbose: 'none'".`);
    }
    if (fdVerbose === true) {
      throw new TypeError(`The "verbose: true" option was renamed to "verbose: 'short'".`);
    }
    if (!VERBOSE_VALUES.includes(fdVerbose) && !isVerboseFunction(fdVerbose)) {
      const allowedValues = VERBOSE_VALUES.map((allowedValue) => `'${allowedValue}'`).join(", ");
      throw new TypeError(`The "verbose" option must not be ${fdVerbose}. Allowed values are: ${allowedValues} or a function.`);
    }
  }
};

// node_modules/execa/lib/return/duration.js
import { hrtime } from "node:process";
var getStartTime = () => hrtime.bigint();
var getDurationMs = (startTime) => Number(hrtime.bigint() - startTime) / 1e6;

// node_modules/execa/lib/arguments/command.js
var handleCommand = (filePath, rawArguments, rawOptions) => {
  const startTime = getStartTime();
  const { command, escapedCommand } = joinCommand(filePath, rawArguments);
  const verbose = normalizeFdSpecificOption(rawOptions, "verbose");
  const verboseInfo = getVerboseInfo(verbose, escapedCommand, { ...rawOptions });
  logCommand(escapedCommand, verboseInfo);
  return {
    command,
    escapedCommand,
    startTime,
    verboseInfo
  };
};

// node_modules/execa/lib/arguments/options.js
var import_cross_spawn = __toESM(require_cross_spawn(), 1);
import path18 from "node:path";
import process6 from "node:process";

// node_modules/npm-run-path/index.js
import process4 from "node:process";
import path15 from "node:path";

// node_modules/npm-run-path/node_modules/path-key/index.js
function pathKey(options = {}) {
  const {
    env = process.env,
    platform: platform2 = process.platform
  } = options;
  if (platform2 !== "win32") {
    return "PATH";
  }
  return Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path";
}

// node_modules/unicorn-magic/node.js
import { promisify as promisify2 } from "node:util";
import { execFile as execFileCallback, execFileSync as execFileSyncOriginal } from "node:child_process";
import path14 from "node:path";
import { fileURLToPath as fileURLToPath4 } from "node:url";
var execFileOriginal = promisify2(execFileCallback);
function toPath(urlOrPath) {
  return urlOrPath instanceof URL ? fileURLToPath4(urlOrPath) : urlOrPath;
}
function traversePathUp(startPath) {
  return {
    *[Symbol.iterator]() {
      let currentPath = path14.resolve(toPath(startPath));
      let previousPath;
      while (previousPath !== currentPath) {
        yield currentPath;
        previousPath = currentPath;
        currentPath = path14.resolve(currentPath, "..");
      }
    }
  };
}
var TEN_MEGABYTES_IN_BYTES = 10 * 1024 * 1024;

// node_modules/npm-run-path/index.js
var npmRunPath = ({
  cwd = process4.cwd(),
  path: pathOption = process4.env[pathKey()],
  preferLocal = true,
  execPath: execPath2 = process4.execPath,
  addExecPath = true
} = {}) => {
  const cwdPath = path15.resolve(toPath(cwd));
  const result = [];
  const pathParts = pathOption.split(path15.delimiter);
  if (preferLocal) {
    applyPreferLocal(result, pathParts, cwdPath);
  }
  if (addExecPath) {
    applyExecPath(result, pathParts, execPath2, cwdPath);
  }
  return pathOption === "" || pathOption === path15.delimiter ? `${result.join(path15.delimiter)}${pathOption}` : [...result, pathOption].join(path15.delimiter);
};
var applyPreferLocal = (result, pathParts, cwdPath) => {
  for (const directory of traversePathUp(cwdPath)) {
    const pathPart = path15.join(directory, "node_modules/.bin");
    if (!pathParts.includes(pathPart)) {
      result.push(pathPart);
    }
  }
};
var applyExecPath = (result, pathParts, execPath2, cwdPath) => {
  const pathPart = path15.resolve(cwdPath, toPath(execPath2), "..");
  if (!pathParts.includes(pathPart)) {
    result.push(pathPart);
  }
};
var npmRunPathEnv = ({ env = process4.env, ...options } = {}) => {
  env = { ...env };
  const pathName = pathKey({ env });
  options.path = env[pathName];
  env[pathName] = npmRunPath(options);
  return env;
};

// node_modules/execa/lib/terminate/kill.js
import { setTimeout as setTimeout2 } from "node:timers/promises";

// node_modules/execa/lib/return/final-error.js
var getFinalError = (originalError, message, isSync) => {
  const ErrorClass = isSync ? ExecaSyncError : ExecaError;
  const options = originalError instanceof DiscardedError ? {} : { cause: originalError };
  return new ErrorClass(message, options);
};
var DiscardedError = class extends Error {
};
var setErrorName = (ErrorClass, value) => {
  Object.defineProperty(ErrorClass.prototype, "name", {
    value,
    writable: true,
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(ErrorClass.prototype, execaErrorSymbol, {
    value: true,
    writable: false,
    enumerable: false,
    configurable: false
  });
};
var isExecaError = (error) => isErrorInstance(error) && execaErrorSymbol in error;
var execaErrorSymbol = /* @__PURE__ */ Symbol("isExecaError");
var isErrorInstance = (value) => Object.prototype.toString.call(value) === "[object Error]";
var ExecaError = class extends Error {
};
setErrorName(ExecaError, ExecaError.name);
var ExecaSyncError = class extends Error {
};
setErrorName(ExecaSyncError, ExecaSyncError.name);

// node_modules/execa/lib/terminate/signal.js
import { constants as constants5 } from "node:os";

// node_modules/human-signals/build/src/main.js
import { constants as constants4 } from "node:os";

// node_modules/human-signals/build/src/realtime.js
var getRealtimeSignals = () => {
  const length = SIGRTMAX - SIGRTMIN + 1;
  return Array.from({ length }, getRealtimeSignal);
};
var getRealtimeSignal = (value, index) => ({
  name: `SIGRT${index + 1}`,
  number: SIGRTMIN + index,
  action: "terminate",
  description: "Application-specific signal (realtime)",
  standard: "posix"
});
var SIGRTMIN = 34;
var SIGRTMAX = 64;

// node_modules/human-signals/build/src/signals.js
import { constants as constants3 } from "node:os";

// node_modules/human-signals/build/src/core.js
var SIGNALS = [
  {
    name: "SIGHUP",
    number: 1,
    action: "terminate",
    description: "Terminal closed",
    standard: "posix"
  },
  {
    name: "SIGINT",
    number: 2,
    action: "terminate",
    description: "User interruption with CTRL-C",
    standard: "ansi"
  },
  {
    name: "SIGQUIT",
    number: 3,
    action: "core",
    description: "User interruption with CTRL-\\",
    standard: "posix"
  },
  {
    name: "SIGILL",
    number: 4,
    action: "core",
    description: "Invalid machine instruction",
    standard: "ansi"
  },
  {
    name: "SIGTRAP",
    number: 5,
    action: "core",
    description: "Debugger breakpoint",
    standard: "posix"
  },
  {
    name: "SIGABRT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "ansi"
  },
  {
    name: "SIGIOT",
    number: 6,
    action: "core",
    description: "Aborted",
    standard: "bsd"
  },
  {
    name: "SIGBUS",
    number: 7,
    action: "core",
    description: "Bus error due to misaligned, non-existing address or paging error",
    standard: "bsd"
  },
  {
    name: "SIGEMT",
    number: 7,
    action: "terminate",
    description: "Command should be emulated but is not implemented",
    standard: "other"
  },
  {
    name: "SIGFPE",
    number: 8,
    action: "core",
    description: "Floating point arithmetic error",
    standard: "ansi"
  },
  {
    name: "SIGKILL",
    number: 9,
    action: "terminate",
    description: "Forced termination",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGUSR1",
    number: 10,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGSEGV",
    number: 11,
    action: "core",
    description: "Segmentation fault",
    standard: "ansi"
  },
  {
    name: "SIGUSR2",
    number: 12,
    action: "terminate",
    description: "Application-specific signal",
    standard: "posix"
  },
  {
    name: "SIGPIPE",
    number: 13,
    action: "terminate",
    description: "Broken pipe or socket",
    standard: "posix"
  },
  {
    name: "SIGALRM",
    number: 14,
    action: "terminate",
    description: "Timeout or timer",
    standard: "posix"
  },
  {
    name: "SIGTERM",
    number: 15,
    action: "terminate",
    description: "Termination",
    standard: "ansi"
  },
  {
    name: "SIGSTKFLT",
    number: 16,
    action: "terminate",
    description: "Stack is empty or overflowed",
    standard: "other"
  },
  {
    name: "SIGCHLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "posix"
  },
  {
    name: "SIGCLD",
    number: 17,
    action: "ignore",
    description: "Child process terminated, paused or unpaused",
    standard: "other"
  },
  {
    name: "SIGCONT",
    number: 18,
    action: "unpause",
    description: "Unpaused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGSTOP",
    number: 19,
    action: "pause",
    description: "Paused",
    standard: "posix",
    forced: true
  },
  {
    name: "SIGTSTP",
    number: 20,
    action: "pause",
    description: 'Paused using CTRL-Z or "suspend"',
    standard: "posix"
  },
  {
    name: "SIGTTIN",
    number: 21,
    action: "pause",
    description: "Background process cannot read terminal input",
    standard: "posix"
  },
  {
    name: "SIGBREAK",
    number: 21,
    action: "terminate",
    description: "User interruption with CTRL-BREAK",
    standard: "other"
  },
  {
    name: "SIGTTOU",
    number: 22,
    action: "pause",
    description: "Background process cannot write to terminal output",
    standard: "posix"
  },
  {
    name: "SIGURG",
    number: 23,
    action: "ignore",
    description: "Socket received out-of-band data",
    standard: "bsd"
  },
  {
    name: "SIGXCPU",
    number: 24,
    action: "core",
    description: "Process timed out",
    standard: "bsd"
  },
  {
    name: "SIGXFSZ",
    number: 25,
    action: "core",
    description: "File too big",
    standard: "bsd"
  },
  {
    name: "SIGVTALRM",
    number: 26,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGPROF",
    number: 27,
    action: "terminate",
    description: "Timeout or timer",
    standard: "bsd"
  },
  {
    name: "SIGWINCH",
    number: 28,
    action: "ignore",
    description: "Terminal window size changed",
    standard: "bsd"
  },
  {
    name: "SIGIO",
    number: 29,
    action: "terminate",
    description: "I/O is available",
    standard: "other"
  },
  {
    name: "SIGPOLL",
    number: 29,
    action: "terminate",
    description: "Watched event",
    standard: "other"
  },
  {
    name: "SIGINFO",
    number: 29,
    action: "ignore",
    description: "Request for process information",
    standard: "other"
  },
  {
    name: "SIGPWR",
    number: 30,
    action: "terminate",
    description: "Device running out of power",
    standard: "systemv"
  },
  {
    name: "SIGSYS",
    number: 31,
    action: "core",
    description: "Invalid system call",
    standard: "other"
  },
  {
    name: "SIGUNUSED",
    number: 31,
    action: "terminate",
    description: "Invalid system call",
    standard: "other"
  }
];

// node_modules/human-signals/build/src/signals.js
var getSignals = () => {
  const realtimeSignals = getRealtimeSignals();
  const signals2 = [...SIGNALS, ...realtimeSignals].map(normalizeSignal);
  return signals2;
};
var normalizeSignal = ({
  name: name3,
  number: defaultNumber,
  description,
  action,
  forced = false,
  standard
}) => {
  const {
    signals: { [name3]: constantSignal }
  } = constants3;
  const supported = constantSignal !== void 0;
  const number = supported ? constantSignal : defaultNumber;
  return { name: name3, number, description, supported, action, forced, standard };
};

// node_modules/human-signals/build/src/main.js
var getSignalsByName = () => {
  const signals2 = getSignals();
  return Object.fromEntries(signals2.map(getSignalByName));
};
var getSignalByName = ({
  name: name3,
  number,
  description,
  supported,
  action,
  forced,
  standard
}) => [name3, { name: name3, number, description, supported, action, forced, standard }];
var signalsByName = getSignalsByName();
var getSignalsByNumber = () => {
  const signals2 = getSignals();
  const length = SIGRTMAX + 1;
  const signalsA = Array.from(
    { length },
    (value, number) => getSignalByNumber(number, signals2)
  );
  return Object.assign({}, ...signalsA);
};
var getSignalByNumber = (number, signals2) => {
  const signal = findSignalByNumber(number, signals2);
  if (signal === void 0) {
    return {};
  }
  const { name: name3, description, supported, action, forced, standard } = signal;
  return {
    [number]: {
      name: name3,
      number,
      description,
      supported,
      action,
      forced,
      standard
    }
  };
};
var findSignalByNumber = (number, signals2) => {
  const signal = signals2.find(({ name: name3 }) => constants4.signals[name3] === number);
  if (signal !== void 0) {
    return signal;
  }
  return signals2.find((signalA) => signalA.number === number);
};
var signalsByNumber = getSignalsByNumber();

// node_modules/execa/lib/terminate/signal.js
var normalizeKillSignal = (killSignal) => {
  const optionName = "option `killSignal`";
  if (killSignal === 0) {
    throw new TypeError(`Invalid ${optionName}: 0 cannot be used.`);
  }
  return normalizeSignal2(killSignal, optionName);
};
var normalizeSignalArgument = (signal) => signal === 0 ? signal : normalizeSignal2(signal, "`subprocess.kill()`'s argument");
var normalizeSignal2 = (signalNameOrInteger, optionName) => {
  if (Number.isInteger(signalNameOrInteger)) {
    return normalizeSignalInteger(signalNameOrInteger, optionName);
  }
  if (typeof signalNameOrInteger === "string") {
    return normalizeSignalName(signalNameOrInteger, optionName);
  }
  throw new TypeError(`Invalid ${optionName} ${String(signalNameOrInteger)}: it must be a string or an integer.
${getAvailableSignals()}`);
};
var normalizeSignalInteger = (signalInteger, optionName) => {
  if (signalsIntegerToName.has(signalInteger)) {
    return signalsIntegerToName.get(signalInteger);
  }
  throw new TypeError(`Invalid ${optionName} ${signalInteger}: this signal integer does not exist.
${getAvailableSignals()}`);
};
var getSignalsIntegerToName = () => new Map(Object.entries(constants5.signals).reverse().map(([signalName, signalInteger]) => [signalInteger, signalName]));
var signalsIntegerToName = getSignalsIntegerToName();
var normalizeSignalName = (signalName, optionName) => {
  if (signalName in constants5.signals) {
    return signalName;
  }
  if (signalName.toUpperCase() in constants5.signals) {
    throw new TypeError(`Invalid ${optionName} '${signalName}': please rename it to '${signalName.toUpperCase()}'.`);
  }
  throw new TypeError(`Invalid ${optionName} '${signalName}': this signal name does not exist.
${getAvailableSignals()}`);
};
var getAvailableSignals = () => `Available signal names: ${getAvailableSignalNames()}.
Available signal numbers: ${getAvailableSignalIntegers()}.`;
var getAvailableSignalNames = () => Object.keys(constants5.signals).sort().map((signalName) => `'${signalName}'`).join(", ");
var getAvailableSignalIntegers = () => [...new Set(Object.values(constants5.signals).sort((signalInteger, signalIntegerTwo) => signalInteger - signalIntegerTwo))].join(", ");
var getSignalDescription = (signal) => signalsByName[signal].description;

// node_modules/execa/lib/terminate/kill.js
var normalizeForceKillAfterDelay = (forceKillAfterDelay) => {
  if (forceKillAfterDelay === false) {
    return forceKillAfterDelay;
  }
  if (forceKillAfterDelay === true) {
    return DEFAULT_FORCE_KILL_TIMEOUT;
  }
  if (!Number.isFinite(forceKillAfterDelay) || forceKillAfterDelay < 0) {
    throw new TypeError(`Expected the \`forceKillAfterDelay\` option to be a non-negative integer, got \`${forceKillAfterDelay}\` (${typeof forceKillAfterDelay})`);
  }
  return forceKillAfterDelay;
};
var DEFAULT_FORCE_KILL_TIMEOUT = 1e3 * 5;
var subprocessKill = ({ kill, options: { forceKillAfterDelay, killSignal }, onInternalError, context, controller }, signalOrError, errorArgument) => {
  const { signal, error } = parseKillArguments(signalOrError, errorArgument, killSignal);
  emitKillError(error, onInternalError);
  const killResult = kill(signal);
  setKillTimeout({
    kill,
    signal,
    forceKillAfterDelay,
    killSignal,
    killResult,
    context,
    controller
  });
  return killResult;
};
var parseKillArguments = (signalOrError, errorArgument, killSignal) => {
  const [signal = killSignal, error] = isErrorInstance(signalOrError) ? [void 0, signalOrError] : [signalOrError, errorArgument];
  if (typeof signal !== "string" && !Number.isInteger(signal)) {
    throw new TypeError(`The first argument must be an error instance or a signal name string/integer: ${String(signal)}`);
  }
  if (error !== void 0 && !isErrorInstance(error)) {
    throw new TypeError(`The second argument is optional. If specified, it must be an error instance: ${error}`);
  }
  return { signal: normalizeSignalArgument(signal), error };
};
var emitKillError = (error, onInternalError) => {
  if (error !== void 0) {
    onInternalError.reject(error);
  }
};
var setKillTimeout = async ({ kill, signal, forceKillAfterDelay, killSignal, killResult, context, controller }) => {
  if (signal === killSignal && killResult) {
    killOnTimeout({
      kill,
      forceKillAfterDelay,
      context,
      controllerSignal: controller.signal
    });
  }
};
var killOnTimeout = async ({ kill, forceKillAfterDelay, context, controllerSignal }) => {
  if (forceKillAfterDelay === false) {
    return;
  }
  try {
    await setTimeout2(forceKillAfterDelay, void 0, { signal: controllerSignal });
    if (kill("SIGKILL")) {
      context.isForcefullyTerminated ??= true;
    }
  } catch {
  }
};

// node_modules/execa/lib/utils/abort-signal.js
import { once } from "node:events";
var onAbortedSignal = async (mainSignal, stopSignal) => {
  if (!mainSignal.aborted) {
    await once(mainSignal, "abort", { signal: stopSignal });
  }
};

// node_modules/execa/lib/terminate/cancel.js
var validateCancelSignal = ({ cancelSignal }) => {
  if (cancelSignal !== void 0 && Object.prototype.toString.call(cancelSignal) !== "[object AbortSignal]") {
    throw new Error(`The \`cancelSignal\` option must be an AbortSignal: ${String(cancelSignal)}`);
  }
};
var throwOnCancel = ({ subprocess, cancelSignal, gracefulCancel, context, controller }) => cancelSignal === void 0 || gracefulCancel ? [] : [terminateOnCancel(subprocess, cancelSignal, context, controller)];
var terminateOnCancel = async (subprocess, cancelSignal, context, { signal }) => {
  await onAbortedSignal(cancelSignal, signal);
  context.terminationReason ??= "cancel";
  subprocess.kill();
  throw cancelSignal.reason;
};

// node_modules/execa/lib/ipc/graceful.js
import { scheduler as scheduler2 } from "node:timers/promises";

// node_modules/execa/lib/ipc/send.js
import { promisify as promisify3 } from "node:util";

// node_modules/execa/lib/ipc/validation.js
var validateIpcMethod = ({ methodName, isSubprocess, ipc, isConnected: isConnected2 }) => {
  validateIpcOption(methodName, isSubprocess, ipc);
  validateConnection(methodName, isSubprocess, isConnected2);
};
var validateIpcOption = (methodName, isSubprocess, ipc) => {
  if (!ipc) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} can only be used if the \`ipc\` option is \`true\`.`);
  }
};
var validateConnection = (methodName, isSubprocess, isConnected2) => {
  if (!isConnected2) {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} has already exited or disconnected.`);
  }
};
var throwOnEarlyDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("getOneMessage", isSubprocess)} could not complete: the ${getOtherProcessName(isSubprocess)} exited or disconnected.`);
};
var throwOnStrictDeadlockError = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is sending a message too, instead of listening to incoming messages.
This can be fixed by both sending a message and listening to incoming messages at the same time:

const [receivedMessage] = await Promise.all([
	${getMethodName("getOneMessage", isSubprocess)},
	${getMethodName("sendMessage", isSubprocess, "message, {strict: true}")},
]);`);
};
var getStrictResponseError = (error, isSubprocess) => new Error(`${getMethodName("sendMessage", isSubprocess)} failed when sending an acknowledgment response to the ${getOtherProcessName(isSubprocess)}.`, { cause: error });
var throwOnMissingStrict = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} is not listening to incoming messages.`);
};
var throwOnStrictDisconnect = (isSubprocess) => {
  throw new Error(`${getMethodName("sendMessage", isSubprocess)} failed: the ${getOtherProcessName(isSubprocess)} exited without listening to incoming messages.`);
};
var getAbortDisconnectError = () => new Error(`\`cancelSignal\` aborted: the ${getOtherProcessName(true)} disconnected.`);
var throwOnMissingParent = () => {
  throw new Error("`getCancelSignal()` cannot be used without setting the `cancelSignal` subprocess option.");
};
var handleEpipeError = ({ error, methodName, isSubprocess }) => {
  if (error.code === "EPIPE") {
    throw new Error(`${getMethodName(methodName, isSubprocess)} cannot be used: the ${getOtherProcessName(isSubprocess)} is disconnecting.`, { cause: error });
  }
};
var handleSerializationError = ({ error, methodName, isSubprocess, message }) => {
  if (isSerializationError(error)) {
    throw new Error(`${getMethodName(methodName, isSubprocess)}'s argument type is invalid: the message cannot be serialized: ${String(message)}.`, { cause: error });
  }
};
var isSerializationError = ({ code, message }) => SERIALIZATION_ERROR_CODES.has(code) || SERIALIZATION_ERROR_MESSAGES.some((serializationErrorMessage) => message.includes(serializationErrorMessage));
var SERIALIZATION_ERROR_CODES = /* @__PURE__ */ new Set([
  // Message is `undefined`
  "ERR_MISSING_ARGS",
  // Message is a function, a bigint, a symbol
  "ERR_INVALID_ARG_TYPE"
]);
var SERIALIZATION_ERROR_MESSAGES = [
  // Message is a promise or a proxy, with `serialization: 'advanced'`
  "could not be cloned",
  // Message has cycles, with `serialization: 'json'`
  "circular structure",
  // Message has cycles inside toJSON(), with `serialization: 'json'`
  "call stack size exceeded"
];
var getMethodName = (methodName, isSubprocess, parameters = "") => methodName === "cancelSignal" ? "`cancelSignal`'s `controller.abort()`" : `${getNamespaceName(isSubprocess)}${methodName}(${parameters})`;
var getNamespaceName = (isSubprocess) => isSubprocess ? "" : "subprocess.";
var getOtherProcessName = (isSubprocess) => isSubprocess ? "parent process" : "subprocess";
var disconnect = (anyProcess) => {
  if (anyProcess.connected) {
    anyProcess.disconnect();
  }
};

// node_modules/execa/lib/utils/deferred.js
var createDeferred = () => {
  const methods = {};
  const promise = new Promise((resolve, reject) => {
    Object.assign(methods, { resolve, reject });
  });
  return Object.assign(promise, methods);
};

// node_modules/execa/lib/arguments/fd-options.js
var getToStream = (destination, to = "stdin") => {
  const isWritable = true;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(destination);
  const fdNumber = getFdNumber(fileDescriptors, to, isWritable);
  const destinationStream = destination.stdio[fdNumber];
  if (destinationStream === null) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, to, options, isWritable));
  }
  return destinationStream;
};
var getFromStream = (source, from = "stdout") => {
  const isWritable = false;
  const { options, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  const fdNumber = getFdNumber(fileDescriptors, from, isWritable);
  const sourceStream = fdNumber === "all" ? source.all : source.stdio[fdNumber];
  if (sourceStream === null || sourceStream === void 0) {
    throw new TypeError(getInvalidStdioOptionMessage(fdNumber, from, options, isWritable));
  }
  return sourceStream;
};
var SUBPROCESS_OPTIONS = /* @__PURE__ */ new WeakMap();
var getFdNumber = (fileDescriptors, fdName, isWritable) => {
  const fdNumber = parseFdNumber(fdName, isWritable);
  validateFdNumber(fdNumber, fdName, isWritable, fileDescriptors);
  return fdNumber;
};
var parseFdNumber = (fdName, isWritable) => {
  const fdNumber = parseFd(fdName);
  if (fdNumber !== void 0) {
    return fdNumber;
  }
  const { validOptions, defaultValue } = isWritable ? { validOptions: '"stdin"', defaultValue: "stdin" } : { validOptions: '"stdout", "stderr", "all"', defaultValue: "stdout" };
  throw new TypeError(`"${getOptionName(isWritable)}" must not be "${fdName}".
It must be ${validOptions} or "fd3", "fd4" (and so on).
It is optional and defaults to "${defaultValue}".`);
};
var validateFdNumber = (fdNumber, fdName, isWritable, fileDescriptors) => {
  const fileDescriptor = fileDescriptors[getUsedDescriptor(fdNumber)];
  if (fileDescriptor === void 0) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. That file descriptor does not exist.
Please set the "stdio" option to ensure that file descriptor exists.`);
  }
  if (fileDescriptor.direction === "input" && !isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a readable stream, not writable.`);
  }
  if (fileDescriptor.direction !== "input" && isWritable) {
    throw new TypeError(`"${getOptionName(isWritable)}" must not be ${fdName}. It must be a writable stream, not readable.`);
  }
};
var getInvalidStdioOptionMessage = (fdNumber, fdName, options, isWritable) => {
  if (fdNumber === "all" && !options.all) {
    return `The "all" option must be true to use "from: 'all'".`;
  }
  const { optionName, optionValue } = getInvalidStdioOption(fdNumber, options);
  return `The "${optionName}: ${serializeOptionValue(optionValue)}" option is incompatible with using "${getOptionName(isWritable)}: ${serializeOptionValue(fdName)}".
Please set this option with "pipe" instead.`;
};
var getInvalidStdioOption = (fdNumber, { stdin, stdout, stderr, stdio }) => {
  const usedDescriptor = getUsedDescriptor(fdNumber);
  if (usedDescriptor === 0 && stdin !== void 0) {
    return { optionName: "stdin", optionValue: stdin };
  }
  if (usedDescriptor === 1 && stdout !== void 0) {
    return { optionName: "stdout", optionValue: stdout };
  }
  if (usedDescriptor === 2 && stderr !== void 0) {
    return { optionName: "stderr", optionValue: stderr };
  }
  return { optionName: `stdio[${usedDescriptor}]`, optionValue: stdio[usedDescriptor] };
};
var getUsedDescriptor = (fdNumber) => fdNumber === "all" ? 1 : fdNumber;
var getOptionName = (isWritable) => isWritable ? "to" : "from";
var serializeOptionValue = (value) => {
  if (typeof value === "string") {
    return `'${value}'`;
  }
  return typeof value === "number" ? `${value}` : "Stream";
};

// node_modules/execa/lib/ipc/strict.js
import { once as once3 } from "node:events";

// node_modules/execa/lib/utils/max-listeners.js
import { addAbortListener } from "node:events";
var incrementMaxListeners = (eventEmitter, maxListenersIncrement, signal) => {
  const maxListeners = eventEmitter.getMaxListeners();
  if (maxListeners === 0 || maxListeners === Number.POSITIVE_INFINITY) {
    return;
  }
  eventEmitter.setMaxListeners(maxListeners + maxListenersIncrement);
  addAbortListener(signal, () => {
    eventEmitter.setMaxListeners(eventEmitter.getMaxListeners() - maxListenersIncrement);
  });
};

// node_modules/execa/lib/ipc/forward.js
import { EventEmitter } from "node:events";

// node_modules/execa/lib/ipc/incoming.js
import { once as once2 } from "node:events";
import { scheduler } from "node:timers/promises";

// node_modules/execa/lib/ipc/reference.js
var addReference = (channel, reference) => {
  if (reference) {
    addReferenceCount(channel);
  }
};
var addReferenceCount = (channel) => {
  channel.refCounted();
};
var removeReference = (channel, reference) => {
  if (reference) {
    removeReferenceCount(channel);
  }
};
var removeReferenceCount = (channel) => {
  channel.unrefCounted();
};
var undoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    removeReferenceCount(channel);
    removeReferenceCount(channel);
  }
};
var redoAddedReferences = (channel, isSubprocess) => {
  if (isSubprocess) {
    addReferenceCount(channel);
    addReferenceCount(channel);
  }
};

// node_modules/execa/lib/ipc/incoming.js
var onMessage = async ({ anyProcess, channel, isSubprocess, ipcEmitter }, wrappedMessage) => {
  if (handleStrictResponse(wrappedMessage) || handleAbort(wrappedMessage)) {
    return;
  }
  if (!INCOMING_MESSAGES.has(anyProcess)) {
    INCOMING_MESSAGES.set(anyProcess, []);
  }
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  incomingMessages.push(wrappedMessage);
  if (incomingMessages.length > 1) {
    return;
  }
  while (incomingMessages.length > 0) {
    await waitForOutgoingMessages(anyProcess, ipcEmitter, wrappedMessage);
    await scheduler.yield();
    const message = await handleStrictRequest({
      wrappedMessage: incomingMessages[0],
      anyProcess,
      channel,
      isSubprocess,
      ipcEmitter
    });
    incomingMessages.shift();
    ipcEmitter.emit("message", message);
    ipcEmitter.emit("message:done");
  }
};
var onDisconnect = async ({ anyProcess, channel, isSubprocess, ipcEmitter, boundOnMessage }) => {
  abortOnDisconnect();
  const incomingMessages = INCOMING_MESSAGES.get(anyProcess);
  while (incomingMessages?.length > 0) {
    await once2(ipcEmitter, "message:done");
  }
  anyProcess.removeListener("message", boundOnMessage);
  redoAddedReferences(channel, isSubprocess);
  ipcEmitter.connected = false;
  ipcEmitter.emit("disconnect");
};
var INCOMING_MESSAGES = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/forward.js
var getIpcEmitter = (anyProcess, channel, isSubprocess) => {
  if (IPC_EMITTERS.has(anyProcess)) {
    return IPC_EMITTERS.get(anyProcess);
  }
  const ipcEmitter = new EventEmitter();
  ipcEmitter.connected = true;
  IPC_EMITTERS.set(anyProcess, ipcEmitter);
  forwardEvents({
    ipcEmitter,
    anyProcess,
    channel,
    isSubprocess
  });
  return ipcEmitter;
};
var IPC_EMITTERS = /* @__PURE__ */ new WeakMap();
var forwardEvents = ({ ipcEmitter, anyProcess, channel, isSubprocess }) => {
  const boundOnMessage = onMessage.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter
  });
  anyProcess.on("message", boundOnMessage);
  anyProcess.once("disconnect", onDisconnect.bind(void 0, {
    anyProcess,
    channel,
    isSubprocess,
    ipcEmitter,
    boundOnMessage
  }));
  undoAddedReferences(channel, isSubprocess);
};
var isConnected = (anyProcess) => {
  const ipcEmitter = IPC_EMITTERS.get(anyProcess);
  return ipcEmitter === void 0 ? anyProcess.channel !== null : ipcEmitter.connected;
};

// node_modules/execa/lib/ipc/strict.js
var handleSendStrict = ({ anyProcess, channel, isSubprocess, message, strict }) => {
  if (!strict) {
    return message;
  }
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const hasListeners = hasMessageListeners(anyProcess, ipcEmitter);
  return {
    id: count2++,
    type: REQUEST_TYPE,
    message,
    hasListeners
  };
};
var count2 = 0n;
var validateStrictDeadlock = (outgoingMessages, wrappedMessage) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || wrappedMessage.hasListeners) {
    return;
  }
  for (const { id } of outgoingMessages) {
    if (id !== void 0) {
      STRICT_RESPONSES[id].resolve({ isDeadlock: true, hasListeners: false });
    }
  }
};
var handleStrictRequest = async ({ wrappedMessage, anyProcess, channel, isSubprocess, ipcEmitter }) => {
  if (wrappedMessage?.type !== REQUEST_TYPE || !anyProcess.connected) {
    return wrappedMessage;
  }
  const { id, message } = wrappedMessage;
  const response = { id, type: RESPONSE_TYPE, message: hasMessageListeners(anyProcess, ipcEmitter) };
  try {
    await sendMessage({
      anyProcess,
      channel,
      isSubprocess,
      ipc: true
    }, response);
  } catch (error) {
    ipcEmitter.emit("strict:error", error);
  }
  return message;
};
var handleStrictResponse = (wrappedMessage) => {
  if (wrappedMessage?.type !== RESPONSE_TYPE) {
    return false;
  }
  const { id, message: hasListeners } = wrappedMessage;
  STRICT_RESPONSES[id]?.resolve({ isDeadlock: false, hasListeners });
  return true;
};
var waitForStrictResponse = async (wrappedMessage, anyProcess, isSubprocess) => {
  if (wrappedMessage?.type !== REQUEST_TYPE) {
    return;
  }
  const deferred = createDeferred();
  STRICT_RESPONSES[wrappedMessage.id] = deferred;
  const controller = new AbortController();
  try {
    const { isDeadlock, hasListeners } = await Promise.race([
      deferred,
      throwOnDisconnect(anyProcess, isSubprocess, controller)
    ]);
    if (isDeadlock) {
      throwOnStrictDeadlockError(isSubprocess);
    }
    if (!hasListeners) {
      throwOnMissingStrict(isSubprocess);
    }
  } finally {
    controller.abort();
    delete STRICT_RESPONSES[wrappedMessage.id];
  }
};
var STRICT_RESPONSES = {};
var throwOnDisconnect = async (anyProcess, isSubprocess, { signal }) => {
  incrementMaxListeners(anyProcess, 1, signal);
  await once3(anyProcess, "disconnect", { signal });
  throwOnStrictDisconnect(isSubprocess);
};
var REQUEST_TYPE = "execa:ipc:request";
var RESPONSE_TYPE = "execa:ipc:response";

// node_modules/execa/lib/ipc/outgoing.js
var startSendMessage = (anyProcess, wrappedMessage, strict) => {
  if (!OUTGOING_MESSAGES.has(anyProcess)) {
    OUTGOING_MESSAGES.set(anyProcess, /* @__PURE__ */ new Set());
  }
  const outgoingMessages = OUTGOING_MESSAGES.get(anyProcess);
  const onMessageSent = createDeferred();
  const id = strict ? wrappedMessage.id : void 0;
  const outgoingMessage = { onMessageSent, id };
  outgoingMessages.add(outgoingMessage);
  return { outgoingMessages, outgoingMessage };
};
var endSendMessage = ({ outgoingMessages, outgoingMessage }) => {
  outgoingMessages.delete(outgoingMessage);
  outgoingMessage.onMessageSent.resolve();
};
var waitForOutgoingMessages = async (anyProcess, ipcEmitter, wrappedMessage) => {
  while (!hasMessageListeners(anyProcess, ipcEmitter) && OUTGOING_MESSAGES.get(anyProcess)?.size > 0) {
    const outgoingMessages = [...OUTGOING_MESSAGES.get(anyProcess)];
    validateStrictDeadlock(outgoingMessages, wrappedMessage);
    await Promise.all(outgoingMessages.map(({ onMessageSent }) => onMessageSent));
  }
};
var OUTGOING_MESSAGES = /* @__PURE__ */ new WeakMap();
var hasMessageListeners = (anyProcess, ipcEmitter) => ipcEmitter.listenerCount("message") > getMinListenerCount(anyProcess);
var getMinListenerCount = (anyProcess) => SUBPROCESS_OPTIONS.has(anyProcess) && !getFdSpecificValue(SUBPROCESS_OPTIONS.get(anyProcess).options.buffer, "ipc") ? 1 : 0;

// node_modules/execa/lib/ipc/send.js
var sendMessage = ({ anyProcess, channel, isSubprocess, ipc }, message, { strict = false } = {}) => {
  const methodName = "sendMessage";
  validateIpcMethod({
    methodName,
    isSubprocess,
    ipc,
    isConnected: anyProcess.connected
  });
  return sendMessageAsync({
    anyProcess,
    channel,
    methodName,
    isSubprocess,
    message,
    strict
  });
};
var sendMessageAsync = async ({ anyProcess, channel, methodName, isSubprocess, message, strict }) => {
  const wrappedMessage = handleSendStrict({
    anyProcess,
    channel,
    isSubprocess,
    message,
    strict
  });
  const outgoingMessagesState = startSendMessage(anyProcess, wrappedMessage, strict);
  try {
    await sendOneMessage({
      anyProcess,
      methodName,
      isSubprocess,
      wrappedMessage,
      message
    });
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    endSendMessage(outgoingMessagesState);
  }
};
var sendOneMessage = async ({ anyProcess, methodName, isSubprocess, wrappedMessage, message }) => {
  const sendMethod = getSendMethod(anyProcess);
  try {
    await Promise.all([
      waitForStrictResponse(wrappedMessage, anyProcess, isSubprocess),
      sendMethod(wrappedMessage)
    ]);
  } catch (error) {
    handleEpipeError({ error, methodName, isSubprocess });
    handleSerializationError({
      error,
      methodName,
      isSubprocess,
      message
    });
    throw error;
  }
};
var getSendMethod = (anyProcess) => {
  if (PROCESS_SEND_METHODS.has(anyProcess)) {
    return PROCESS_SEND_METHODS.get(anyProcess);
  }
  const sendMethod = promisify3(anyProcess.send.bind(anyProcess));
  PROCESS_SEND_METHODS.set(anyProcess, sendMethod);
  return sendMethod;
};
var PROCESS_SEND_METHODS = /* @__PURE__ */ new WeakMap();

// node_modules/execa/lib/ipc/graceful.js
var sendAbort = (subprocess, message) => {
  const methodName = "cancelSignal";
  validateConnection(methodName, false, subprocess.connected);
  return sendOneMessage({
    anyProcess: subprocess,
    methodName,
    isSubprocess: false,
    wrappedMessage: { type: GRACEFUL_CANCEL_TYPE, message },
    message
  });
};
var getCancelSignal = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  await startIpc({
    anyProcess,
    channel,
    isSubprocess,
    ipc
  });
  return cancelController.signal;
};
var startIpc = async ({ anyProcess, channel, isSubprocess, ipc }) => {
  if (cancelListening) {
    return;
  }
  cancelListening = true;
  if (!ipc) {
    throwOnMissingParent();
    return;
  }
  if (channel === null) {
    abortOnDisconnect();
    return;
  }
  getIpcEmitter(anyProcess, channel, isSubprocess);
  await scheduler2.yield();
};
var cancelListening = false;
var handleAbort = (wrappedMessage) => {
  if (wrappedMessage?.type !== GRACEFUL_CANCEL_TYPE) {
    return false;
  }
  cancelController.abort(wrappedMessage.message);
  return true;
};
var GRACEFUL_CANCEL_TYPE = "execa:ipc:cancel";
var abortOnDisconnect = () => {
  cancelController.abort(getAbortDisconnectError());
};
var cancelController = new AbortController();

// node_modules/execa/lib/terminate/graceful.js
var validateGracefulCancel = ({ gracefulCancel, cancelSignal, ipc, serialization }) => {
  if (!gracefulCancel) {
    return;
  }
  if (cancelSignal === void 0) {
    throw new Error("The `cancelSignal` option must be defined when setting the `gracefulCancel` option.");
  }
  if (!ipc) {
    throw new Error("The `ipc` option cannot be false when setting the `gracefulCancel` option.");
  }
  if (serialization === "json") {
    throw new Error("The `serialization` option cannot be 'json' when setting the `gracefulCancel` option.");
  }
};
var throwOnGracefulCancel = ({
  subprocess,
  cancelSignal,
  gracefulCancel,
  forceKillAfterDelay,
  context,
  controller
}) => gracefulCancel ? [sendOnAbort({
  subprocess,
  cancelSignal,
  forceKillAfterDelay,
  context,
  controller
})] : [];
var sendOnAbort = async ({ subprocess, cancelSignal, forceKillAfterDelay, context, controller: { signal } }) => {
  await onAbortedSignal(cancelSignal, signal);
  const reason = getReason(cancelSignal);
  await sendAbort(subprocess, reason);
  killOnTimeout({
    kill: subprocess.kill,
    forceKillAfterDelay,
    context,
    controllerSignal: signal
  });
  context.terminationReason ??= "gracefulCancel";
  throw cancelSignal.reason;
};
var getReason = ({ reason }) => {
  if (!(reason instanceof DOMException)) {
    return reason;
  }
  const error = new Error(reason.message);
  Object.defineProperty(error, "stack", {
    value: reason.stack,
    enumerable: false,
    configurable: true,
    writable: true
  });
  return error;
};

// node_modules/execa/lib/terminate/timeout.js
import { setTimeout as setTimeout3 } from "node:timers/promises";
var validateTimeout = ({ timeout }) => {
  if (timeout !== void 0 && (!Number.isFinite(timeout) || timeout < 0)) {
    throw new TypeError(`Expected the \`timeout\` option to be a non-negative integer, got \`${timeout}\` (${typeof timeout})`);
  }
};
var throwOnTimeout = (subprocess, timeout, context, controller) => timeout === 0 || timeout === void 0 ? [] : [killAfterTimeout(subprocess, timeout, context, controller)];
var killAfterTimeout = async (subprocess, timeout, context, { signal }) => {
  await setTimeout3(timeout, void 0, { signal });
  context.terminationReason ??= "timeout";
  subprocess.kill();
  throw new DiscardedError();
};

// node_modules/execa/lib/methods/node.js
import { execPath, execArgv } from "node:process";
import path16 from "node:path";
var mapNode = ({ options }) => {
  if (options.node === false) {
    throw new TypeError('The "node" option cannot be false with `execaNode()`.');
  }
  return { options: { ...options, node: true } };
};
var handleNodeOption = (file, commandArguments, {
  node: shouldHandleNode = false,
  nodePath = execPath,
  nodeOptions = execArgv.filter((nodeOption) => !nodeOption.startsWith("--inspect")),
  cwd,
  execPath: formerNodePath,
  ...options
}) => {
  if (formerNodePath !== void 0) {
    throw new TypeError('The "execPath" option has been removed. Please use the "nodePath" option instead.');
  }
  const normalizedNodePath = safeNormalizeFileUrl(nodePath, 'The "nodePath" option');
  const resolvedNodePath = path16.resolve(cwd, normalizedNodePath);
  const newOptions = {
    ...options,
    nodePath: resolvedNodePath,
    node: shouldHandleNode,
    cwd
  };
  if (!shouldHandleNode) {
    return [file, commandArguments, newOptions];
  }
  if (path16.basename(file, ".exe") === "node") {
    throw new TypeError('When the "node" option is true, the first argument does not need to be "node".');
  }
  return [
    resolvedNodePath,
    [...nodeOptions, file, ...commandArguments],
    { ipc: true, ...newOptions, shell: false }
  ];
};

// node_modules/execa/lib/ipc/ipc-input.js
import { serialize } from "node:v8";
var validateIpcInputOption = ({ ipcInput, ipc, serialization }) => {
  if (ipcInput === void 0) {
    return;
  }
  if (!ipc) {
    throw new Error("The `ipcInput` option cannot be set unless the `ipc` option is `true`.");
  }
  validateIpcInput[serialization](ipcInput);
};
var validateAdvancedInput = (ipcInput) => {
  try {
    serialize(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with a structured clone.", { cause: error });
  }
};
var validateJsonInput = (ipcInput) => {
  try {
    JSON.stringify(ipcInput);
  } catch (error) {
    throw new Error("The `ipcInput` option is not serializable with JSON.", { cause: error });
  }
};
var validateIpcInput = {
  advanced: validateAdvancedInput,
  json: validateJsonInput
};
var sendIpcInput = async (subprocess, ipcInput) => {
  if (ipcInput === void 0) {
    return;
  }
  await subprocess.sendMessage(ipcInput);
};

// node_modules/execa/lib/arguments/encoding-option.js
var validateEncoding = ({ encoding }) => {
  if (ENCODINGS.has(encoding)) {
    return;
  }
  const correctEncoding = getCorrectEncoding(encoding);
  if (correctEncoding !== void 0) {
    throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to ${serializeEncoding(correctEncoding)}.`);
  }
  const correctEncodings = [...ENCODINGS].map((correctEncoding2) => serializeEncoding(correctEncoding2)).join(", ");
  throw new TypeError(`Invalid option \`encoding: ${serializeEncoding(encoding)}\`.
Please rename it to one of: ${correctEncodings}.`);
};
var TEXT_ENCODINGS = /* @__PURE__ */ new Set(["utf8", "utf16le"]);
var BINARY_ENCODINGS = /* @__PURE__ */ new Set(["buffer", "hex", "base64", "base64url", "latin1", "ascii"]);
var ENCODINGS = /* @__PURE__ */ new Set([...TEXT_ENCODINGS, ...BINARY_ENCODINGS]);
var getCorrectEncoding = (encoding) => {
  if (encoding === null) {
    return "buffer";
  }
  if (typeof encoding !== "string") {
    return;
  }
  const lowerEncoding = encoding.toLowerCase();
  if (lowerEncoding in ENCODING_ALIASES) {
    return ENCODING_ALIASES[lowerEncoding];
  }
  if (ENCODINGS.has(lowerEncoding)) {
    return lowerEncoding;
  }
};
var ENCODING_ALIASES = {
  // eslint-disable-next-line unicorn/text-encoding-identifier-case
  "utf-8": "utf8",
  "utf-16le": "utf16le",
  "ucs-2": "utf16le",
  ucs2: "utf16le",
  binary: "latin1"
};
var serializeEncoding = (encoding) => typeof encoding === "string" ? `"${encoding}"` : String(encoding);

// node_modules/execa/lib/arguments/cwd.js
import { statSync as statSync2 } from "node:fs";
import path17 from "node:path";
import process5 from "node:process";
var normalizeCwd = (cwd = getDefaultCwd()) => {
  const cwdString = safeNormalizeFileUrl(cwd, 'The "cwd" option');
  return path17.resolve(cwdString);
};
var getDefaultCwd = () => {
  try {
    return process5.cwd();
  } catch (error) {
    error.message = `The current directory does not exist.
${error.message}`;
    throw error;
  }
};
var fixCwdError = (originalMessage, cwd) => {
  if (cwd === getDefaultCwd()) {
    return originalMessage;
  }
  let cwdStat;
  try {
    cwdStat = statSync2(cwd);
  } catch (error) {
    return `The "cwd" option is invalid: ${cwd}.
${error.message}
${originalMessage}`;
  }
  if (!cwdStat.isDirectory()) {
    return `The "cwd" option is not a directory: ${cwd}.
${originalMessage}`;
  }
  return originalMessage;
};

// node_modules/execa/lib/arguments/options.js
var normalizeOptions = (filePath, rawArguments, rawOptions) => {
  rawOptions.cwd = normalizeCwd(rawOptions.cwd);
  const [processedFile, processedArguments, processedOptions] = handleNodeOption(filePath, rawArguments, rawOptions);
  const { command: file, args: commandArguments, options: initialOptions } = import_cross_spawn.default._parse(processedFile, processedArguments, processedOptions);
  const fdOptions = normalizeFdSpecificOptions(initialOptions);
  const options = addDefaultOptions(fdOptions);
  validateTimeout(options);
  validateEncoding(options);
  validateIpcInputOption(options);
  validateCancelSignal(options);
  validateGracefulCancel(options);
  options.shell = normalizeFileUrl(options.shell);
  options.env = getEnv(options);
  options.killSignal = normalizeKillSignal(options.killSignal);
  options.forceKillAfterDelay = normalizeForceKillAfterDelay(options.forceKillAfterDelay);
  options.lines = options.lines.map((lines, fdNumber) => lines && !BINARY_ENCODINGS.has(options.encoding) && options.buffer[fdNumber]);
  if (process6.platform === "win32" && path18.basename(file, ".exe") === "cmd") {
    commandArguments.unshift("/q");
  }
  return { file, commandArguments, options };
};
var addDefaultOptions = ({
  extendEnv = true,
  preferLocal = false,
  cwd,
  localDir: localDirectory = cwd,
  encoding = "utf8",
  reject = true,
  cleanup = true,
  all = false,
  windowsHide = true,
  killSignal = "SIGTERM",
  forceKillAfterDelay = true,
  gracefulCancel = false,
  ipcInput,
  ipc = ipcInput !== void 0 || gracefulCancel,
  serialization = "advanced",
  ...options
}) => ({
  ...options,
  extendEnv,
  preferLocal,
  cwd,
  localDirectory,
  encoding,
  reject,
  cleanup,
  all,
  windowsHide,
  killSignal,
  forceKillAfterDelay,
  gracefulCancel,
  ipcInput,
  ipc,
  serialization
});
var getEnv = ({ env: envOption, extendEnv, preferLocal, node, localDirectory, nodePath }) => {
  const env = extendEnv ? { ...process6.env, ...envOption } : envOption;
  if (preferLocal || node) {
    return npmRunPathEnv({
      env,
      cwd: localDirectory,
      execPath: nodePath,
      preferLocal,
      addExecPath: node
    });
  }
  return env;
};

// node_modules/execa/lib/arguments/shell.js
var concatenateShell = (file, commandArguments, options) => options.shell && commandArguments.length > 0 ? [[file, ...commandArguments].join(" "), [], options] : [file, commandArguments, options];

// node_modules/execa/lib/return/message.js
import { inspect as inspect2 } from "node:util";

// node_modules/strip-final-newline/index.js
function stripFinalNewline(input) {
  if (typeof input === "string") {
    return stripFinalNewlineString(input);
  }
  if (!(ArrayBuffer.isView(input) && input.BYTES_PER_ELEMENT === 1)) {
    throw new Error("Input must be a string or a Uint8Array");
  }
  return stripFinalNewlineBinary(input);
}
var stripFinalNewlineString = (input) => input.at(-1) === LF ? input.slice(0, input.at(-2) === CR ? -2 : -1) : input;
var stripFinalNewlineBinary = (input) => input.at(-1) === LF_BINARY ? input.subarray(0, input.at(-2) === CR_BINARY ? -2 : -1) : input;
var LF = "\n";
var LF_BINARY = LF.codePointAt(0);
var CR = "\r";
var CR_BINARY = CR.codePointAt(0);

// node_modules/get-stream/source/index.js
import { on } from "node:events";
import { finished } from "node:stream/promises";

// node_modules/is-stream/index.js
function isStream(stream, { checkOpen = true } = {}) {
  return stream !== null && typeof stream === "object" && (stream.writable || stream.readable || !checkOpen || stream.writable === void 0 && stream.readable === void 0) && typeof stream.pipe === "function";
}
function isWritableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.writable || !checkOpen) && typeof stream.write === "function" && typeof stream.end === "function" && typeof stream.writable === "boolean" && typeof stream.writableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isReadableStream(stream, { checkOpen = true } = {}) {
  return isStream(stream, { checkOpen }) && (stream.readable || !checkOpen) && typeof stream.read === "function" && typeof stream.readable === "boolean" && typeof stream.readableObjectMode === "boolean" && typeof stream.destroy === "function" && typeof stream.destroyed === "boolean";
}
function isDuplexStream(stream, options) {
  return isWritableStream(stream, options) && isReadableStream(stream, options);
}

// node_modules/@sec-ant/readable-stream/dist/ponyfill/asyncIterator.js
var a = Object.getPrototypeOf(
  Object.getPrototypeOf(
    /* istanbul ignore next */
    async function* () {
    }
  ).prototype
);
var c = class {
  #t;
  #n;
  #r = false;
  #e = void 0;
  constructor(e, t) {
    this.#t = e, this.#n = t;
  }
  next() {
    const e = () => this.#s();
    return this.#e = this.#e ? this.#e.then(e, e) : e(), this.#e;
  }
  return(e) {
    const t = () => this.#i(e);
    return this.#e ? this.#e.then(t, t) : t();
  }
  async #s() {
    if (this.#r)
      return {
        done: true,
        value: void 0
      };
    let e;
    try {
      e = await this.#t.read();
    } catch (t) {
      throw this.#e = void 0, this.#r = true, this.#t.releaseLock(), t;
    }
    return e.done && (this.#e = void 0, this.#r = true, this.#t.releaseLock()), e;
  }
  async #i(e) {
    if (this.#r)
      return {
        done: true,
        value: e
      };
    if (this.#r = true, !this.#n) {
      const t = this.#t.cancel(e);
      return this.#t.releaseLock(), await t, {
        done: true,
        value: e
      };
    }
    return this.#t.releaseLock(), {
      done: true,
      value: e
    };
  }
};
var n = /* @__PURE__ */ Symbol();
function i() {
  return this[n].next();
}
Object.defineProperty(i, "name", { value: "next" });
function o(r) {
  return this[n].return(r);
}
Object.defineProperty(o, "name", { value: "return" });
var u = Object.create(a, {
  next: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: i
  },
  return: {
    enumerable: true,
    configurable: true,
    writable: true,
    value: o
  }
});
function h({ preventCancel: r = false } = {}) {
  const e = this.getReader(), t = new c(
    e,
    r
  ), s = Object.create(u);
  return s[n] = t, s;
}

// node_modules/get-stream/source/stream.js
var getAsyncIterable = (stream) => {
  if (isReadableStream(stream, { checkOpen: false }) && nodeImports.on !== void 0) {
    return getStreamIterable(stream);
  }
  if (typeof stream?.[Symbol.asyncIterator] === "function") {
    return stream;
  }
  if (toString.call(stream) === "[object ReadableStream]") {
    return h.call(stream);
  }
  throw new TypeError("The first argument must be a Readable, a ReadableStream, or an async iterable.");
};
var { toString } = Object.prototype;
var getStreamIterable = async function* (stream) {
  const controller = new AbortController();
  const state = {};
  handleStreamEnd(stream, controller, state);
  try {
    for await (const [chunk] of nodeImports.on(stream, "data", { signal: controller.signal })) {
      yield chunk;
    }
  } catch (error) {
    if (state.error !== void 0) {
      throw state.error;
    } else if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    stream.destroy();
  }
};
var handleStreamEnd = async (stream, controller, state) => {
  try {
    await nodeImports.finished(stream, {
      cleanup: true,
      readable: true,
      writable: false,
      error: false
    });
  } catch (error) {
    state.error = error;
  } finally {
    controller.abort();
  }
};
var nodeImports = {};

// node_modules/get-stream/source/contents.js
var getStreamContents = async (stream, { init: init2, convertChunk, getSize, truncateChunk, addChunk, getFinalChunk, finalize }, { maxBuffer = Number.POSITIVE_INFINITY } = {}) => {
  const asyncIterable = getAsyncIterable(stream);
  const state = init2();
  state.length = 0;
  try {
    for await (const chunk of asyncIterable) {
      const chunkType = getChunkType(chunk);
      const convertedChunk = convertChunk[chunkType](chunk, state);
      appendChunk({
        convertedChunk,
        state,
        getSize,
        truncateChunk,
        addChunk,
        maxBuffer
      });
    }
    appendFinalChunk({
      state,
      convertChunk,
      getSize,
      truncateChunk,
      addChunk,
      getFinalChunk,
      maxBuffer
    });
    return finalize(state);
  } catch (error) {
    const normalizedError = typeof error === "object" && error !== null ? error : new Error(error);
    normalizedError.bufferedData = finalize(state);
    throw normalizedError;
  }
};
var appendFinalChunk = ({ state, getSize, truncateChunk, addChunk, getFinalChunk, maxBuffer }) => {
  const convertedChunk = getFinalChunk(state);
  if (convertedChunk !== void 0) {
    appendChunk({
      convertedChunk,
      state,
      getSize,
      truncateChunk,
      addChunk,
      maxBuffer
    });
  }
};
var appendChunk = ({ convertedChunk, state, getSize, truncateChunk, addChunk, maxBuffer }) => {
  const chunkSize = getSize(convertedChunk);
  const newLength = state.length + chunkSize;
  if (newLength <= maxBuffer) {
    addNewChunk(convertedChunk, state, addChunk, newLength);
    return;
  }
  const truncatedChunk = truncateChunk(convertedChunk, maxBuffer - state.length);
  if (truncatedChunk !== void 0) {
    addNewChunk(truncatedChunk, state, addChunk, maxBuffer);
  }
  throw new MaxBufferError();
};
var addNewChunk = (convertedChunk, state, addChunk, newLength) => {
  state.contents = addChunk(convertedChunk, state, newLength);
  state.length = newLength;
};
var getChunkType = (chunk) => {
  const typeOfChunk = typeof chunk;
  if (typeOfChunk === "string") {
    return "string";
  }
  if (typeOfChunk !== "object" || chunk === null) {
    return "others";
  }
  if (globalThis.Buffer?.isBuffer(chunk)) {
    return "buffer";
  }
  const prototypeName = objectToString2.call(chunk);
  if (prototypeName === "[object ArrayBuffer]") {
    return "arrayBuffer";
  }
  if (prototypeName === "[object DataView]") {
    return "dataView";
  }
  if (Number.isInteger(chunk.byteLength) && Number.isInteger(chunk.byteOffset) && objectToString2.call(chunk.buffer) === "[object ArrayBuffer]") {
    return "typedArray";
  }
  return "others";
};
var { toString: objectToString2 } = Object.prototype;
var MaxBufferError = class extends Error {
  name = "MaxBufferError";
  constructor() {
    super("maxBuffer exceeded");
  }
};

// node_modules/get-stream/source/utils.js
var identity2 = (value) => value;
var noop = () => void 0;
var getContentsProperty = ({ contents }) => contents;
var throwObjectStream = (chunk) => {
  throw new Error(`Streams in object mode are not supported: ${String(chunk)}`);
};
var getLengthProperty = (convertedChunk) => convertedChunk.length;

// node_modules/get-stream/source/array.js
async function getStreamAsArray(stream, options) {
  return getStreamContents(stream, arrayMethods, options);
}
var initArray = () => ({ contents: [] });
var increment = () => 1;
var addArrayChunk = (convertedChunk, { contents }) => {
  contents.push(convertedChunk);
  return contents;
};
var arrayMethods = {
  init: initArray,
  convertChunk: {
    string: identity2,
    buffer: identity2,
    arrayBuffer: identity2,
    dataView: identity2,
    typedArray: identity2,
    others: identity2
  },
  getSize: increment,
  truncateChunk: noop,
  addChunk: addArrayChunk,
  getFinalChunk: noop,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/array-buffer.js
async function getStreamAsArrayBuffer(stream, options) {
  return getStreamContents(stream, arrayBufferMethods, options);
}
var initArrayBuffer = () => ({ contents: new ArrayBuffer(0) });
var useTextEncoder = (chunk) => textEncoder2.encode(chunk);
var textEncoder2 = new TextEncoder();
var useUint8Array = (chunk) => new Uint8Array(chunk);
var useUint8ArrayWithOffset = (chunk) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
var truncateArrayBufferChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var addArrayBufferChunk = (convertedChunk, { contents, length: previousLength }, length) => {
  const newContents = hasArrayBufferResize() ? resizeArrayBuffer(contents, length) : resizeArrayBufferSlow(contents, length);
  new Uint8Array(newContents).set(convertedChunk, previousLength);
  return newContents;
};
var resizeArrayBufferSlow = (contents, length) => {
  if (length <= contents.byteLength) {
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(getNewContentsLength(length));
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var resizeArrayBuffer = (contents, length) => {
  if (length <= contents.maxByteLength) {
    contents.resize(length);
    return contents;
  }
  const arrayBuffer = new ArrayBuffer(length, { maxByteLength: getNewContentsLength(length) });
  new Uint8Array(arrayBuffer).set(new Uint8Array(contents), 0);
  return arrayBuffer;
};
var getNewContentsLength = (length) => SCALE_FACTOR ** Math.ceil(Math.log(length) / Math.log(SCALE_FACTOR));
var SCALE_FACTOR = 2;
var finalizeArrayBuffer = ({ contents, length }) => hasArrayBufferResize() ? contents : contents.slice(0, length);
var hasArrayBufferResize = () => "resize" in ArrayBuffer.prototype;
var arrayBufferMethods = {
  init: initArrayBuffer,
  convertChunk: {
    string: useTextEncoder,
    buffer: useUint8Array,
    arrayBuffer: useUint8Array,
    dataView: useUint8ArrayWithOffset,
    typedArray: useUint8ArrayWithOffset,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateArrayBufferChunk,
  addChunk: addArrayBufferChunk,
  getFinalChunk: noop,
  finalize: finalizeArrayBuffer
};

// node_modules/get-stream/source/string.js
async function getStreamAsString(stream, options) {
  return getStreamContents(stream, stringMethods, options);
}
var initString = () => ({ contents: "", textDecoder: new TextDecoder() });
var useTextDecoder = (chunk, { textDecoder: textDecoder2 }) => textDecoder2.decode(chunk, { stream: true });
var addStringChunk = (convertedChunk, { contents }) => contents + convertedChunk;
var truncateStringChunk = (convertedChunk, chunkSize) => convertedChunk.slice(0, chunkSize);
var getFinalStringChunk = ({ textDecoder: textDecoder2 }) => {
  const finalChunk = textDecoder2.decode();
  return finalChunk === "" ? void 0 : finalChunk;
};
var stringMethods = {
  init: initString,
  convertChunk: {
    string: identity2,
    buffer: useTextDecoder,
    arrayBuffer: useTextDecoder,
    dataView: useTextDecoder,
    typedArray: useTextDecoder,
    others: throwObjectStream
  },
  getSize: getLengthProperty,
  truncateChunk: truncateStringChunk,
  addChunk: addStringChunk,
  getFinalChunk: getFinalStringChunk,
  finalize: getContentsProperty
};

// node_modules/get-stream/source/index.js
Object.assign(nodeImports, { on, finished });

// node_modules/execa/lib/io/max-buffer.js
var handleMaxBuffer = ({ error, stream, readableObjectMode, lines, encoding, fdNumber }) => {
  if (!(error instanceof MaxBufferError)) {
    throw error;
  }
  if (fdNumber === "all") {
    return error;
  }
  const unit = getMaxBufferUnit(readableObjectMode, lines, encoding);
  error.maxBufferInfo = { fdNumber, unit };
  stream.destroy();
  throw error;
};
var getMaxBufferUnit = (readableObjectMode, lines, encoding) => {
  if (readableObjectMode) {
    return "objects";
  }
  if (lines) {
    return "lines";
  }
  if (encoding === "buffer") {
    return "bytes";
  }
  return "characters";
};
var checkIpcMaxBuffer = (subprocess, ipcOutput, maxBuffer) => {
  if (ipcOutput.length !== maxBuffer) {
    return;
  }
  const error = new MaxBufferError();
  error.maxBufferInfo = { fdNumber: "ipc" };
  throw error;
};
var getMaxBufferMessage = (error, maxBuffer) => {
  const { streamName, threshold, unit } = getMaxBufferInfo(error, maxBuffer);
  return `Command's ${streamName} was larger than ${threshold} ${unit}`;
};
var getMaxBufferInfo = (error, maxBuffer) => {
  if (error?.maxBufferInfo === void 0) {
    return { streamName: "output", threshold: maxBuffer[1], unit: "bytes" };
  }
  const { maxBufferInfo: { fdNumber, unit } } = error;
  delete error.maxBufferInfo;
  const threshold = getFdSpecificValue(maxBuffer, fdNumber);
  if (fdNumber === "ipc") {
    return { streamName: "IPC output", threshold, unit: "messages" };
  }
  return { streamName: getStreamName(fdNumber), threshold, unit };
};
var isMaxBufferSync = (resultError, output, maxBuffer) => resultError?.code === "ENOBUFS" && output !== null && output.some((result) => result !== null && result.length > getMaxBufferSync(maxBuffer));
var truncateMaxBufferSync = (result, isMaxBuffer, maxBuffer) => {
  if (!isMaxBuffer) {
    return result;
  }
  const maxBufferValue = getMaxBufferSync(maxBuffer);
  return result.length > maxBufferValue ? result.slice(0, maxBufferValue) : result;
};
var getMaxBufferSync = ([, stdoutMaxBuffer]) => stdoutMaxBuffer;

// node_modules/execa/lib/return/message.js
var createMessages = ({
  stdio,
  all,
  ipcOutput,
  originalError,
  signal,
  signalDescription,
  exitCode,
  escapedCommand,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal,
  maxBuffer,
  timeout,
  cwd
}) => {
  const errorCode = originalError?.code;
  const prefix = getErrorPrefix({
    originalError,
    timedOut,
    timeout,
    isMaxBuffer,
    maxBuffer,
    errorCode,
    signal,
    signalDescription,
    exitCode,
    isCanceled,
    isGracefullyCanceled,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal
  });
  const originalMessage = getOriginalMessage(originalError, cwd);
  const suffix = originalMessage === void 0 ? "" : `
${originalMessage}`;
  const shortMessage = `${prefix}: ${escapedCommand}${suffix}`;
  const messageStdio = all === void 0 ? [stdio[2], stdio[1]] : [all];
  const message = [
    shortMessage,
    ...messageStdio,
    ...stdio.slice(3),
    ipcOutput.map((ipcMessage) => serializeIpcMessage(ipcMessage)).join("\n")
  ].map((messagePart) => escapeLines(stripFinalNewline(serializeMessagePart(messagePart)))).filter(Boolean).join("\n\n");
  return { originalMessage, shortMessage, message };
};
var getErrorPrefix = ({
  originalError,
  timedOut,
  timeout,
  isMaxBuffer,
  maxBuffer,
  errorCode,
  signal,
  signalDescription,
  exitCode,
  isCanceled,
  isGracefullyCanceled,
  isForcefullyTerminated,
  forceKillAfterDelay,
  killSignal
}) => {
  const forcefulSuffix = getForcefulSuffix(isForcefullyTerminated, forceKillAfterDelay);
  if (timedOut) {
    return `Command timed out after ${timeout} milliseconds${forcefulSuffix}`;
  }
  if (isGracefullyCanceled) {
    if (signal === void 0) {
      return `Command was gracefully canceled with exit code ${exitCode}`;
    }
    return isForcefullyTerminated ? `Command was gracefully canceled${forcefulSuffix}` : `Command was gracefully canceled with ${signal} (${signalDescription})`;
  }
  if (isCanceled) {
    return `Command was canceled${forcefulSuffix}`;
  }
  if (isMaxBuffer) {
    return `${getMaxBufferMessage(originalError, maxBuffer)}${forcefulSuffix}`;
  }
  if (errorCode !== void 0) {
    return `Command failed with ${errorCode}${forcefulSuffix}`;
  }
  if (isForcefullyTerminated) {
    return `Command was killed with ${killSignal} (${getSignalDescription(killSignal)})${forcefulSuffix}`;
  }
  if (signal !== void 0) {
    return `Command was killed with ${signal} (${signalDescription})`;
  }
  if (exitCode !== void 0) {
    return `Command failed with exit code ${exitCode}`;
  }
  return "Command failed";
};
var getForcefulSuffix = (isForcefullyTerminated, forceKillAfterDelay) => isForcefullyTerminated ? ` and was forcefully terminated after ${forceKillAfterDelay} milliseconds` : "";
var getOriginalMessage = (originalError, cwd) => {
  if (originalError instanceof DiscardedError) {
    return;
  }
  const originalMessage = isExecaError(originalError) ? originalError.originalMessage : String(originalError?.message ?? originalError);
  const escapedOriginalMessage = escapeLines(fixCwdError(originalMessage, cwd));
  return escapedOriginalMessage === "" ? void 0 : escapedOriginalMessage;
};
var serializeIpcMessage = (ipcMessage) => typeof ipcMessage === "string" ? ipcMessage : inspect2(ipcMessage);
var serializeMessagePart = (messagePart) => Array.isArray(messagePart) ? messagePart.map((messageItem) => stripFinalNewline(serializeMessageItem(messageItem))).filter(Boolean).join("\n") : serializeMessageItem(messagePart);
var serializeMessageItem = (messageItem) => {
  if (typeof messageItem === "string") {
    return messageItem;
  }
  if (isUint8Array(messageItem)) {
    return uint8ArrayToString(messageItem);
  }
  return "";
};

// node_modules/execa/lib/return/result.js
var makeSuccessResult = ({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options: { cwd },
  startTime
}) => omitUndefinedProperties({
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: false,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isTerminated: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  exitCode: 0,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var makeEarlyError = ({
  error,
  command,
  escapedCommand,
  fileDescriptors,
  options,
  startTime,
  isSync
}) => makeError({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut: false,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer: false,
  isForcefullyTerminated: false,
  stdio: Array.from({ length: fileDescriptors.length }),
  ipcOutput: [],
  options,
  isSync
});
var makeError = ({
  error: originalError,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode: rawExitCode,
  signal: rawSignal,
  stdio,
  all,
  ipcOutput,
  options: {
    timeoutDuration,
    timeout = timeoutDuration,
    forceKillAfterDelay,
    killSignal,
    cwd,
    maxBuffer
  },
  isSync
}) => {
  const { exitCode, signal, signalDescription } = normalizeExitPayload(rawExitCode, rawSignal);
  const { originalMessage, shortMessage, message } = createMessages({
    stdio,
    all,
    ipcOutput,
    originalError,
    signal,
    signalDescription,
    exitCode,
    escapedCommand,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    forceKillAfterDelay,
    killSignal,
    maxBuffer,
    timeout,
    cwd
  });
  const error = getFinalError(originalError, message, isSync);
  Object.assign(error, getErrorProperties({
    error,
    command,
    escapedCommand,
    startTime,
    timedOut,
    isCanceled,
    isGracefullyCanceled,
    isMaxBuffer,
    isForcefullyTerminated,
    exitCode,
    signal,
    signalDescription,
    stdio,
    all,
    ipcOutput,
    cwd,
    originalMessage,
    shortMessage
  }));
  return error;
};
var getErrorProperties = ({
  error,
  command,
  escapedCommand,
  startTime,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  stdio,
  all,
  ipcOutput,
  cwd,
  originalMessage,
  shortMessage
}) => omitUndefinedProperties({
  shortMessage,
  originalMessage,
  command,
  escapedCommand,
  cwd,
  durationMs: getDurationMs(startTime),
  failed: true,
  timedOut,
  isCanceled,
  isGracefullyCanceled,
  isTerminated: signal !== void 0,
  isMaxBuffer,
  isForcefullyTerminated,
  exitCode,
  signal,
  signalDescription,
  code: error.cause?.code,
  stdout: stdio[1],
  stderr: stdio[2],
  all,
  stdio,
  ipcOutput,
  pipedFrom: []
});
var omitUndefinedProperties = (result) => Object.fromEntries(Object.entries(result).filter(([, value]) => value !== void 0));
var normalizeExitPayload = (rawExitCode, rawSignal) => {
  const exitCode = rawExitCode === null ? void 0 : rawExitCode;
  const signal = rawSignal === null ? void 0 : rawSignal;
  const signalDescription = signal === void 0 ? void 0 : getSignalDescription(rawSignal);
  return { exitCode, signal, signalDescription };
};

// node_modules/parse-ms/index.js
var toZeroIfInfinity = (value) => Number.isFinite(value) ? value : 0;
function parseNumber(milliseconds) {
  return {
    days: Math.trunc(milliseconds / 864e5),
    hours: Math.trunc(milliseconds / 36e5 % 24),
    minutes: Math.trunc(milliseconds / 6e4 % 60),
    seconds: Math.trunc(milliseconds / 1e3 % 60),
    milliseconds: Math.trunc(milliseconds % 1e3),
    microseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e3) % 1e3),
    nanoseconds: Math.trunc(toZeroIfInfinity(milliseconds * 1e6) % 1e3)
  };
}
function parseBigint(milliseconds) {
  return {
    days: milliseconds / 86400000n,
    hours: milliseconds / 3600000n % 24n,
    minutes: milliseconds / 60000n % 60n,
    seconds: milliseconds / 1000n % 60n,
    milliseconds: milliseconds % 1000n,
    microseconds: 0n,
    nanoseconds: 0n
  };
}
function parseMilliseconds(milliseconds) {
  switch (typeof milliseconds) {
    case "number": {
      if (Number.isFinite(milliseconds)) {
        return parseNumber(milliseconds);
      }
      break;
    }
    case "bigint": {
      return parseBigint(milliseconds);
    }
  }
  throw new TypeError("Expected a finite number or bigint");
}

// node_modules/pretty-ms/index.js
var isZero = (value) => value === 0 || value === 0n;
var pluralize = (word, count3) => count3 === 1 || count3 === 1n ? word : `${word}s`;
var SECOND_ROUNDING_EPSILON = 1e-7;
var ONE_DAY_IN_MILLISECONDS = 24n * 60n * 60n * 1000n;
function prettyMilliseconds(milliseconds, options) {
  const isBigInt = typeof milliseconds === "bigint";
  if (!isBigInt && !Number.isFinite(milliseconds)) {
    throw new TypeError("Expected a finite number or bigint");
  }
  options = { ...options };
  const sign = milliseconds < 0 ? "-" : "";
  milliseconds = milliseconds < 0 ? -milliseconds : milliseconds;
  if (options.colonNotation) {
    options.compact = false;
    options.formatSubMilliseconds = false;
    options.separateMilliseconds = false;
    options.verbose = false;
  }
  if (options.compact) {
    options.unitCount = 1;
    options.secondsDecimalDigits = 0;
    options.millisecondsDecimalDigits = 0;
  }
  let result = [];
  const floorDecimals = (value, decimalDigits) => {
    const flooredInterimValue = Math.floor(value * 10 ** decimalDigits + SECOND_ROUNDING_EPSILON);
    const flooredValue = Math.round(flooredInterimValue) / 10 ** decimalDigits;
    return flooredValue.toFixed(decimalDigits);
  };
  const add = (value, long, short, valueString) => {
    if ((result.length === 0 || !options.colonNotation) && isZero(value) && !(options.colonNotation && short === "m")) {
      return;
    }
    valueString ??= String(value);
    if (options.colonNotation) {
      const wholeDigits = valueString.includes(".") ? valueString.split(".")[0].length : valueString.length;
      const minLength = result.length > 0 ? 2 : 1;
      valueString = "0".repeat(Math.max(0, minLength - wholeDigits)) + valueString;
    } else {
      valueString += options.verbose ? " " + pluralize(long, value) : short;
    }
    result.push(valueString);
  };
  const parsed = parseMilliseconds(milliseconds);
  const days = BigInt(parsed.days);
  if (options.hideYearAndDays) {
    add(BigInt(days) * 24n + BigInt(parsed.hours), "hour", "h");
  } else {
    if (options.hideYear) {
      add(days, "day", "d");
    } else {
      add(days / 365n, "year", "y");
      add(days % 365n, "day", "d");
    }
    add(Number(parsed.hours), "hour", "h");
  }
  add(Number(parsed.minutes), "minute", "m");
  if (!options.hideSeconds) {
    if (options.separateMilliseconds || options.formatSubMilliseconds || !options.colonNotation && milliseconds < 1e3 && !options.subSecondsAsDecimals) {
      const seconds2 = Number(parsed.seconds);
      const milliseconds2 = Number(parsed.milliseconds);
      const microseconds = Number(parsed.microseconds);
      const nanoseconds = Number(parsed.nanoseconds);
      add(seconds2, "second", "s");
      if (options.formatSubMilliseconds) {
        add(milliseconds2, "millisecond", "ms");
        add(microseconds, "microsecond", "µs");
        add(nanoseconds, "nanosecond", "ns");
      } else {
        const millisecondsAndBelow = milliseconds2 + microseconds / 1e3 + nanoseconds / 1e6;
        const millisecondsDecimalDigits = typeof options.millisecondsDecimalDigits === "number" ? options.millisecondsDecimalDigits : 0;
        const roundedMilliseconds = millisecondsAndBelow >= 1 ? Math.round(millisecondsAndBelow) : Math.ceil(millisecondsAndBelow);
        const maximumMilliseconds = 1e3 - 10 ** -millisecondsDecimalDigits;
        const millisecondsString = millisecondsDecimalDigits ? Math.min(millisecondsAndBelow, maximumMilliseconds).toFixed(millisecondsDecimalDigits) : Math.min(roundedMilliseconds, maximumMilliseconds);
        add(
          Number.parseFloat(millisecondsString),
          "millisecond",
          "ms",
          millisecondsString
        );
      }
    } else {
      const seconds2 = (isBigInt ? Number(milliseconds % ONE_DAY_IN_MILLISECONDS) : milliseconds) / 1e3 % 60;
      const secondsDecimalDigits = typeof options.secondsDecimalDigits === "number" ? options.secondsDecimalDigits : 1;
      const secondsFixed = floorDecimals(seconds2, secondsDecimalDigits);
      const secondsString = options.keepDecimalsOnWholeSeconds ? secondsFixed : secondsFixed.replace(/\.0+$/, "");
      add(Number.parseFloat(secondsString), "second", "s", secondsString);
    }
  }
  if (result.length === 0) {
    return sign + "0" + (options.verbose ? " milliseconds" : "ms");
  }
  const separator = options.colonNotation ? ":" : " ";
  if (typeof options.unitCount === "number") {
    result = result.slice(0, Math.max(options.unitCount, 1));
  }
  return sign + result.join(separator);
}

// node_modules/execa/lib/verbose/error.js
var logError = (result, verboseInfo) => {
  if (result.failed) {
    verboseLog({
      type: "error",
      verboseMessage: result.shortMessage,
      verboseInfo,
      result
    });
  }
};

// node_modules/execa/lib/verbose/complete.js
var logResult = (result, verboseInfo) => {
  if (!isVerbose(verboseInfo)) {
    return;
  }
  logError(result, verboseInfo);
  logDuration(result, verboseInfo);
};
var logDuration = (result, verboseInfo) => {
  const verboseMessage = `(done in ${prettyMilliseconds(result.durationMs)})`;
  verboseLog({
    type: "duration",
    verboseMessage,
    verboseInfo,
    result
  });
};

// node_modules/execa/lib/return/reject.js
var handleResult = (result, verboseInfo, { reject }) => {
  logResult(result, verboseInfo);
  if (result.failed && reject) {
    throw result;
  }
  return result;
};

// node_modules/execa/lib/stdio/handle-sync.js
import { readFileSync as readFileSync3 } from "node:fs";

// node_modules/execa/lib/stdio/type.js
var getStdioItemType = (value, optionName) => {
  if (isAsyncGenerator(value)) {
    return "asyncGenerator";
  }
  if (isSyncGenerator(value)) {
    return "generator";
  }
  if (isUrl(value)) {
    return "fileUrl";
  }
  if (isFilePathObject(value)) {
    return "filePath";
  }
  if (isWebStream(value)) {
    return "webStream";
  }
  if (isStream(value, { checkOpen: false })) {
    return "native";
  }
  if (isUint8Array(value)) {
    return "uint8Array";
  }
  if (isAsyncIterableObject(value)) {
    return "asyncIterable";
  }
  if (isIterableObject(value)) {
    return "iterable";
  }
  if (isTransformStream(value)) {
    return getTransformStreamType({ transform: value }, optionName);
  }
  if (isTransformOptions(value)) {
    return getTransformObjectType(value, optionName);
  }
  return "native";
};
var getTransformObjectType = (value, optionName) => {
  if (isDuplexStream(value.transform, { checkOpen: false })) {
    return getDuplexType(value, optionName);
  }
  if (isTransformStream(value.transform)) {
    return getTransformStreamType(value, optionName);
  }
  return getGeneratorObjectType(value, optionName);
};
var getDuplexType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "Duplex stream");
  return "duplex";
};
var getTransformStreamType = (value, optionName) => {
  validateNonGeneratorType(value, optionName, "web TransformStream");
  return "webTransform";
};
var validateNonGeneratorType = ({ final, binary, objectMode }, optionName, typeName) => {
  checkUndefinedOption(final, `${optionName}.final`, typeName);
  checkUndefinedOption(binary, `${optionName}.binary`, typeName);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
};
var checkUndefinedOption = (value, optionName, typeName) => {
  if (value !== void 0) {
    throw new TypeError(`The \`${optionName}\` option can only be defined when using a generator, not a ${typeName}.`);
  }
};
var getGeneratorObjectType = ({ transform, final, binary, objectMode }, optionName) => {
  if (transform !== void 0 && !isGenerator(transform)) {
    throw new TypeError(`The \`${optionName}.transform\` option must be a generator, a Duplex stream or a web TransformStream.`);
  }
  if (isDuplexStream(final, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a Duplex stream.`);
  }
  if (isTransformStream(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must not be a web TransformStream.`);
  }
  if (final !== void 0 && !isGenerator(final)) {
    throw new TypeError(`The \`${optionName}.final\` option must be a generator.`);
  }
  checkBooleanOption(binary, `${optionName}.binary`);
  checkBooleanOption(objectMode, `${optionName}.objectMode`);
  return isAsyncGenerator(transform) || isAsyncGenerator(final) ? "asyncGenerator" : "generator";
};
var checkBooleanOption = (value, optionName) => {
  if (value !== void 0 && typeof value !== "boolean") {
    throw new TypeError(`The \`${optionName}\` option must use a boolean.`);
  }
};
var isGenerator = (value) => isAsyncGenerator(value) || isSyncGenerator(value);
var isAsyncGenerator = (value) => Object.prototype.toString.call(value) === "[object AsyncGeneratorFunction]";
var isSyncGenerator = (value) => Object.prototype.toString.call(value) === "[object GeneratorFunction]";
var isTransformOptions = (value) => isPlainObject(value) && (value.transform !== void 0 || value.final !== void 0);
var isUrl = (value) => Object.prototype.toString.call(value) === "[object URL]";
var isRegularUrl = (value) => isUrl(value) && value.protocol !== "file:";
var isFilePathObject = (value) => isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => FILE_PATH_KEYS.has(key)) && isFilePathString(value.file);
var FILE_PATH_KEYS = /* @__PURE__ */ new Set(["file", "append"]);
var isFilePathString = (file) => typeof file === "string";
var isUnknownStdioString = (type, value) => type === "native" && typeof value === "string" && !KNOWN_STDIO_STRINGS.has(value);
var KNOWN_STDIO_STRINGS = /* @__PURE__ */ new Set(["ipc", "ignore", "inherit", "overlapped", "pipe"]);
var isReadableStream2 = (value) => Object.prototype.toString.call(value) === "[object ReadableStream]";
var isWritableStream2 = (value) => Object.prototype.toString.call(value) === "[object WritableStream]";
var isWebStream = (value) => isReadableStream2(value) || isWritableStream2(value);
var isTransformStream = (value) => isReadableStream2(value?.readable) && isWritableStream2(value?.writable);
var isAsyncIterableObject = (value) => isObject(value) && typeof value[Symbol.asyncIterator] === "function";
var isIterableObject = (value) => isObject(value) && typeof value[Symbol.iterator] === "function";
var isObject = (value) => typeof value === "object" && value !== null;
var TRANSFORM_TYPES = /* @__PURE__ */ new Set(["generator", "asyncGenerator", "duplex", "webTransform"]);
var FILE_TYPES = /* @__PURE__ */ new Set(["fileUrl", "filePath", "fileNumber"]);
var SPECIAL_DUPLICATE_TYPES_SYNC = /* @__PURE__ */ new Set(["fileUrl", "filePath"]);
var SPECIAL_DUPLICATE_TYPES = /* @__PURE__ */ new Set([...SPECIAL_DUPLICATE_TYPES_SYNC, "webStream", "nodeStream"]);
var FORBID_DUPLICATE_TYPES = /* @__PURE__ */ new Set(["webTransform", "duplex"]);
var TYPE_TO_MESSAGE = {
  generator: "a generator",
  asyncGenerator: "an async generator",
  fileUrl: "a file URL",
  filePath: "a file path string",
  fileNumber: "a file descriptor number",
  webStream: "a web stream",
  nodeStream: "a Node.js stream",
  webTransform: "a web TransformStream",
  duplex: "a Duplex stream",
  native: "any value",
  iterable: "an iterable",
  asyncIterable: "an async iterable",
  string: "a string",
  uint8Array: "a Uint8Array"
};

// node_modules/execa/lib/transform/object-mode.js
var getTransformObjectModes = (objectMode, index, newTransforms, direction) => direction === "output" ? getOutputObjectModes(objectMode, index, newTransforms) : getInputObjectModes(objectMode, index, newTransforms);
var getOutputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index !== 0 && newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = objectMode ?? writableObjectMode;
  return { writableObjectMode, readableObjectMode };
};
var getInputObjectModes = (objectMode, index, newTransforms) => {
  const writableObjectMode = index === 0 ? objectMode === true : newTransforms[index - 1].value.readableObjectMode;
  const readableObjectMode = index !== newTransforms.length - 1 && (objectMode ?? writableObjectMode);
  return { writableObjectMode, readableObjectMode };
};
var getFdObjectMode = (stdioItems, direction) => {
  const lastTransform = stdioItems.findLast(({ type }) => TRANSFORM_TYPES.has(type));
  if (lastTransform === void 0) {
    return false;
  }
  return direction === "input" ? lastTransform.value.writableObjectMode : lastTransform.value.readableObjectMode;
};

// node_modules/execa/lib/transform/normalize.js
var normalizeTransforms = (stdioItems, optionName, direction, options) => [
  ...stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type)),
  ...getTransforms(stdioItems, optionName, direction, options)
];
var getTransforms = (stdioItems, optionName, direction, { encoding }) => {
  const transforms = stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type));
  const newTransforms = Array.from({ length: transforms.length });
  for (const [index, stdioItem] of Object.entries(transforms)) {
    newTransforms[index] = normalizeTransform({
      stdioItem,
      index: Number(index),
      newTransforms,
      optionName,
      direction,
      encoding
    });
  }
  return sortTransforms(newTransforms, direction);
};
var normalizeTransform = ({ stdioItem, stdioItem: { type }, index, newTransforms, optionName, direction, encoding }) => {
  if (type === "duplex") {
    return normalizeDuplex({ stdioItem, optionName });
  }
  if (type === "webTransform") {
    return normalizeTransformStream({
      stdioItem,
      index,
      newTransforms,
      direction
    });
  }
  return normalizeGenerator({
    stdioItem,
    index,
    newTransforms,
    direction,
    encoding
  });
};
var normalizeDuplex = ({
  stdioItem,
  stdioItem: {
    value: {
      transform,
      transform: { writableObjectMode, readableObjectMode },
      objectMode = readableObjectMode
    }
  },
  optionName
}) => {
  if (objectMode && !readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option can only be \`true\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  if (!objectMode && readableObjectMode) {
    throw new TypeError(`The \`${optionName}.objectMode\` option cannot be \`false\` if \`new Duplex({objectMode: true})\` is used.`);
  }
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeTransformStream = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction }) => {
  const { transform, objectMode } = isPlainObject(value) ? value : { transform: value };
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: { transform, writableObjectMode, readableObjectMode }
  };
};
var normalizeGenerator = ({ stdioItem, stdioItem: { value }, index, newTransforms, direction, encoding }) => {
  const {
    transform,
    final,
    binary: binaryOption = false,
    preserveNewlines = false,
    objectMode
  } = isPlainObject(value) ? value : { transform: value };
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { writableObjectMode, readableObjectMode } = getTransformObjectModes(objectMode, index, newTransforms, direction);
  return {
    ...stdioItem,
    value: {
      transform,
      final,
      binary,
      preserveNewlines,
      writableObjectMode,
      readableObjectMode
    }
  };
};
var sortTransforms = (newTransforms, direction) => direction === "input" ? newTransforms.reverse() : newTransforms;

// node_modules/execa/lib/stdio/direction.js
import process7 from "node:process";
var getStreamDirection = (stdioItems, fdNumber, optionName) => {
  const directions = stdioItems.map((stdioItem) => getStdioItemDirection(stdioItem, fdNumber));
  if (directions.includes("input") && directions.includes("output")) {
    throw new TypeError(`The \`${optionName}\` option must not be an array of both readable and writable values.`);
  }
  return directions.find(Boolean) ?? DEFAULT_DIRECTION;
};
var getStdioItemDirection = ({ type, value }, fdNumber) => KNOWN_DIRECTIONS[fdNumber] ?? guessStreamDirection[type](value);
var KNOWN_DIRECTIONS = ["input", "output", "output"];
var anyDirection = () => void 0;
var alwaysInput = () => "input";
var guessStreamDirection = {
  generator: anyDirection,
  asyncGenerator: anyDirection,
  fileUrl: anyDirection,
  filePath: anyDirection,
  iterable: alwaysInput,
  asyncIterable: alwaysInput,
  uint8Array: alwaysInput,
  webStream: (value) => isWritableStream2(value) ? "output" : "input",
  nodeStream(value) {
    if (!isReadableStream(value, { checkOpen: false })) {
      return "output";
    }
    return isWritableStream(value, { checkOpen: false }) ? void 0 : "input";
  },
  webTransform: anyDirection,
  duplex: anyDirection,
  native(value) {
    const standardStreamDirection = getStandardStreamDirection(value);
    if (standardStreamDirection !== void 0) {
      return standardStreamDirection;
    }
    if (isStream(value, { checkOpen: false })) {
      return guessStreamDirection.nodeStream(value);
    }
  }
};
var getStandardStreamDirection = (value) => {
  if ([0, process7.stdin].includes(value)) {
    return "input";
  }
  if ([1, 2, process7.stdout, process7.stderr].includes(value)) {
    return "output";
  }
};
var DEFAULT_DIRECTION = "output";

// node_modules/execa/lib/ipc/array.js
var normalizeIpcStdioArray = (stdioArray, ipc) => ipc && !stdioArray.includes("ipc") ? [...stdioArray, "ipc"] : stdioArray;

// node_modules/execa/lib/stdio/stdio-option.js
var normalizeStdioOption = ({ stdio, ipc, buffer, ...options }, verboseInfo, isSync) => {
  const stdioArray = getStdioArray(stdio, options).map((stdioOption, fdNumber) => addDefaultValue2(stdioOption, fdNumber));
  return isSync ? normalizeStdioSync(stdioArray, buffer, verboseInfo) : normalizeIpcStdioArray(stdioArray, ipc);
};
var getStdioArray = (stdio, options) => {
  if (stdio === void 0) {
    return STANDARD_STREAMS_ALIASES.map((alias) => options[alias]);
  }
  if (hasAlias(options)) {
    throw new Error(`It's not possible to provide \`stdio\` in combination with one of ${STANDARD_STREAMS_ALIASES.map((alias) => `\`${alias}\``).join(", ")}`);
  }
  if (typeof stdio === "string") {
    return [stdio, stdio, stdio];
  }
  if (!Array.isArray(stdio)) {
    throw new TypeError(`Expected \`stdio\` to be of type \`string\` or \`Array\`, got \`${typeof stdio}\``);
  }
  const length = Math.max(stdio.length, STANDARD_STREAMS_ALIASES.length);
  return Array.from({ length }, (_, fdNumber) => stdio[fdNumber]);
};
var hasAlias = (options) => STANDARD_STREAMS_ALIASES.some((alias) => options[alias] !== void 0);
var addDefaultValue2 = (stdioOption, fdNumber) => {
  if (Array.isArray(stdioOption)) {
    return stdioOption.map((item) => addDefaultValue2(item, fdNumber));
  }
  if (stdioOption === null || stdioOption === void 0) {
    return fdNumber >= STANDARD_STREAMS_ALIASES.length ? "ignore" : "pipe";
  }
  return stdioOption;
};
var normalizeStdioSync = (stdioArray, buffer, verboseInfo) => stdioArray.map((stdioOption, fdNumber) => !buffer[fdNumber] && fdNumber !== 0 && !isFullVerbose(verboseInfo, fdNumber) && isOutputPipeOnly(stdioOption) ? "ignore" : stdioOption);
var isOutputPipeOnly = (stdioOption) => stdioOption === "pipe" || Array.isArray(stdioOption) && stdioOption.every((item) => item === "pipe");

// node_modules/execa/lib/stdio/native.js
import { readFileSync as readFileSync2 } from "node:fs";
import tty2 from "node:tty";
var handleNativeStream = ({ stdioItem, stdioItem: { type }, isStdioArray, fdNumber, direction, isSync }) => {
  if (!isStdioArray || type !== "native") {
    return stdioItem;
  }
  return isSync ? handleNativeStreamSync({ stdioItem, fdNumber, direction }) : handleNativeStreamAsync({ stdioItem, fdNumber });
};
var handleNativeStreamSync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber, direction }) => {
  const targetFd = getTargetFd({
    value,
    optionName,
    fdNumber,
    direction
  });
  if (targetFd !== void 0) {
    return targetFd;
  }
  if (isStream(value, { checkOpen: false })) {
    throw new TypeError(`The \`${optionName}: Stream\` option cannot both be an array and include a stream with synchronous methods.`);
  }
  return stdioItem;
};
var getTargetFd = ({ value, optionName, fdNumber, direction }) => {
  const targetFdNumber = getTargetFdNumber(value, fdNumber);
  if (targetFdNumber === void 0) {
    return;
  }
  if (direction === "output") {
    return { type: "fileNumber", value: targetFdNumber, optionName };
  }
  if (tty2.isatty(targetFdNumber)) {
    throw new TypeError(`The \`${optionName}: ${serializeOptionValue(value)}\` option is invalid: it cannot be a TTY with synchronous methods.`);
  }
  return { type: "uint8Array", value: bufferToUint8Array(readFileSync2(targetFdNumber)), optionName };
};
var getTargetFdNumber = (value, fdNumber) => {
  if (value === "inherit") {
    return fdNumber;
  }
  if (typeof value === "number") {
    return value;
  }
  const standardStreamIndex = STANDARD_STREAMS.indexOf(value);
  if (standardStreamIndex !== -1) {
    return standardStreamIndex;
  }
};
var handleNativeStreamAsync = ({ stdioItem, stdioItem: { value, optionName }, fdNumber }) => {
  if (value === "inherit") {
    return { type: "nodeStream", value: getStandardStream(fdNumber, value, optionName), optionName };
  }
  if (typeof value === "number") {
    return { type: "nodeStream", value: getStandardStream(value, value, optionName), optionName };
  }
  if (isStream(value, { checkOpen: false })) {
    return { type: "nodeStream", value, optionName };
  }
  return stdioItem;
};
var getStandardStream = (fdNumber, value, optionName) => {
  const standardStream = STANDARD_STREAMS[fdNumber];
  if (standardStream === void 0) {
    throw new TypeError(`The \`${optionName}: ${value}\` option is invalid: no such standard stream.`);
  }
  return standardStream;
};

// node_modules/execa/lib/stdio/input-option.js
var handleInputOptions = ({ input, inputFile }, fdNumber) => fdNumber === 0 ? [
  ...handleInputOption(input),
  ...handleInputFileOption(inputFile)
] : [];
var handleInputOption = (input) => input === void 0 ? [] : [{
  type: getInputType(input),
  value: input,
  optionName: "input"
}];
var getInputType = (input) => {
  if (isReadableStream(input, { checkOpen: false })) {
    return "nodeStream";
  }
  if (typeof input === "string") {
    return "string";
  }
  if (isUint8Array(input)) {
    return "uint8Array";
  }
  throw new Error("The `input` option must be a string, a Uint8Array or a Node.js Readable stream.");
};
var handleInputFileOption = (inputFile) => inputFile === void 0 ? [] : [{
  ...getInputFileType(inputFile),
  optionName: "inputFile"
}];
var getInputFileType = (inputFile) => {
  if (isUrl(inputFile)) {
    return { type: "fileUrl", value: inputFile };
  }
  if (isFilePathString(inputFile)) {
    return { type: "filePath", value: { file: inputFile } };
  }
  throw new Error("The `inputFile` option must be a file path string or a file URL.");
};

// node_modules/execa/lib/stdio/duplicate.js
var filterDuplicates = (stdioItems) => stdioItems.filter((stdioItemOne, indexOne) => stdioItems.every((stdioItemTwo, indexTwo) => stdioItemOne.value !== stdioItemTwo.value || indexOne >= indexTwo || stdioItemOne.type === "generator" || stdioItemOne.type === "asyncGenerator"));
var getDuplicateStream = ({ stdioItem: { type, value, optionName }, direction, fileDescriptors, isSync }) => {
  const otherStdioItems = getOtherStdioItems(fileDescriptors, type);
  if (otherStdioItems.length === 0) {
    return;
  }
  if (isSync) {
    validateDuplicateStreamSync({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
    return;
  }
  if (SPECIAL_DUPLICATE_TYPES.has(type)) {
    return getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
  if (FORBID_DUPLICATE_TYPES.has(type)) {
    validateDuplicateTransform({
      otherStdioItems,
      type,
      value,
      optionName
    });
  }
};
var getOtherStdioItems = (fileDescriptors, type) => fileDescriptors.flatMap(({ direction, stdioItems }) => stdioItems.filter((stdioItem) => stdioItem.type === type).map(((stdioItem) => ({ ...stdioItem, direction }))));
var validateDuplicateStreamSync = ({ otherStdioItems, type, value, optionName, direction }) => {
  if (SPECIAL_DUPLICATE_TYPES_SYNC.has(type)) {
    getDuplicateStreamInstance({
      otherStdioItems,
      type,
      value,
      optionName,
      direction
    });
  }
};
var getDuplicateStreamInstance = ({ otherStdioItems, type, value, optionName, direction }) => {
  const duplicateStdioItems = otherStdioItems.filter((stdioItem) => hasSameValue(stdioItem, value));
  if (duplicateStdioItems.length === 0) {
    return;
  }
  const differentStdioItem = duplicateStdioItems.find((stdioItem) => stdioItem.direction !== direction);
  throwOnDuplicateStream(differentStdioItem, optionName, type);
  return direction === "output" ? duplicateStdioItems[0].stream : void 0;
};
var hasSameValue = ({ type, value }, secondValue) => {
  if (type === "filePath") {
    return value.file === secondValue.file;
  }
  if (type === "fileUrl") {
    return value.href === secondValue.href;
  }
  return value === secondValue;
};
var validateDuplicateTransform = ({ otherStdioItems, type, value, optionName }) => {
  const duplicateStdioItem = otherStdioItems.find(({ value: { transform } }) => transform === value.transform);
  throwOnDuplicateStream(duplicateStdioItem, optionName, type);
};
var throwOnDuplicateStream = (stdioItem, optionName, type) => {
  if (stdioItem !== void 0) {
    throw new TypeError(`The \`${stdioItem.optionName}\` and \`${optionName}\` options must not target ${TYPE_TO_MESSAGE[type]} that is the same.`);
  }
};

// node_modules/execa/lib/stdio/handle.js
var handleStdio = (addProperties3, options, verboseInfo, isSync) => {
  const stdio = normalizeStdioOption(options, verboseInfo, isSync);
  const initialFileDescriptors = stdio.map((stdioOption, fdNumber) => getFileDescriptor({
    stdioOption,
    fdNumber,
    options,
    isSync
  }));
  const fileDescriptors = getFinalFileDescriptors({
    initialFileDescriptors,
    addProperties: addProperties3,
    options,
    isSync
  });
  options.stdio = fileDescriptors.map(({ stdioItems }) => forwardStdio(stdioItems));
  return fileDescriptors;
};
var getFileDescriptor = ({ stdioOption, fdNumber, options, isSync }) => {
  const optionName = getStreamName(fdNumber);
  const { stdioItems: initialStdioItems, isStdioArray } = initializeStdioItems({
    stdioOption,
    fdNumber,
    options,
    optionName
  });
  const direction = getStreamDirection(initialStdioItems, fdNumber, optionName);
  const stdioItems = initialStdioItems.map((stdioItem) => handleNativeStream({
    stdioItem,
    isStdioArray,
    fdNumber,
    direction,
    isSync
  }));
  const normalizedStdioItems = normalizeTransforms(stdioItems, optionName, direction, options);
  const objectMode = getFdObjectMode(normalizedStdioItems, direction);
  validateFileObjectMode(normalizedStdioItems, objectMode);
  return { direction, objectMode, stdioItems: normalizedStdioItems };
};
var initializeStdioItems = ({ stdioOption, fdNumber, options, optionName }) => {
  const values2 = Array.isArray(stdioOption) ? stdioOption : [stdioOption];
  const initialStdioItems = [
    ...values2.map((value) => initializeStdioItem(value, optionName)),
    ...handleInputOptions(options, fdNumber)
  ];
  const stdioItems = filterDuplicates(initialStdioItems);
  const isStdioArray = stdioItems.length > 1;
  validateStdioArray(stdioItems, isStdioArray, optionName);
  validateStreams(stdioItems);
  return { stdioItems, isStdioArray };
};
var initializeStdioItem = (value, optionName) => ({
  type: getStdioItemType(value, optionName),
  value,
  optionName
});
var validateStdioArray = (stdioItems, isStdioArray, optionName) => {
  if (stdioItems.length === 0) {
    throw new TypeError(`The \`${optionName}\` option must not be an empty array.`);
  }
  if (!isStdioArray) {
    return;
  }
  for (const { value, optionName: optionName2 } of stdioItems) {
    if (INVALID_STDIO_ARRAY_OPTIONS.has(value)) {
      throw new Error(`The \`${optionName2}\` option must not include \`${value}\`.`);
    }
  }
};
var INVALID_STDIO_ARRAY_OPTIONS = /* @__PURE__ */ new Set(["ignore", "ipc"]);
var validateStreams = (stdioItems) => {
  for (const stdioItem of stdioItems) {
    validateFileStdio(stdioItem);
  }
};
var validateFileStdio = ({ type, value, optionName }) => {
  if (isRegularUrl(value)) {
    throw new TypeError(`The \`${optionName}: URL\` option must use the \`file:\` scheme.
For example, you can use the \`pathToFileURL()\` method of the \`url\` core module.`);
  }
  if (isUnknownStdioString(type, value)) {
    throw new TypeError(`The \`${optionName}: { file: '...' }\` option must be used instead of \`${optionName}: '...'\`.`);
  }
};
var validateFileObjectMode = (stdioItems, objectMode) => {
  if (!objectMode) {
    return;
  }
  const fileStdioItem = stdioItems.find(({ type }) => FILE_TYPES.has(type));
  if (fileStdioItem !== void 0) {
    throw new TypeError(`The \`${fileStdioItem.optionName}\` option cannot use both files and transforms in objectMode.`);
  }
};
var getFinalFileDescriptors = ({ initialFileDescriptors, addProperties: addProperties3, options, isSync }) => {
  const fileDescriptors = [];
  try {
    for (const fileDescriptor of initialFileDescriptors) {
      fileDescriptors.push(getFinalFileDescriptor({
        fileDescriptor,
        fileDescriptors,
        addProperties: addProperties3,
        options,
        isSync
      }));
    }
    return fileDescriptors;
  } catch (error) {
    cleanupCustomStreams(fileDescriptors);
    throw error;
  }
};
var getFinalFileDescriptor = ({
  fileDescriptor: { direction, objectMode, stdioItems },
  fileDescriptors,
  addProperties: addProperties3,
  options,
  isSync
}) => {
  const finalStdioItems = stdioItems.map((stdioItem) => addStreamProperties({
    stdioItem,
    addProperties: addProperties3,
    direction,
    options,
    fileDescriptors,
    isSync
  }));
  return { direction, objectMode, stdioItems: finalStdioItems };
};
var addStreamProperties = ({ stdioItem, addProperties: addProperties3, direction, options, fileDescriptors, isSync }) => {
  const duplicateStream = getDuplicateStream({
    stdioItem,
    direction,
    fileDescriptors,
    isSync
  });
  if (duplicateStream !== void 0) {
    return { ...stdioItem, stream: duplicateStream };
  }
  return {
    ...stdioItem,
    ...addProperties3[direction][stdioItem.type](stdioItem, options)
  };
};
var cleanupCustomStreams = (fileDescriptors) => {
  for (const { stdioItems } of fileDescriptors) {
    for (const { stream } of stdioItems) {
      if (stream !== void 0 && !isStandardStream(stream)) {
        stream.destroy();
      }
    }
  }
};
var forwardStdio = (stdioItems) => {
  if (stdioItems.length > 1) {
    return stdioItems.some(({ value: value2 }) => value2 === "overlapped") ? "overlapped" : "pipe";
  }
  const [{ type, value }] = stdioItems;
  return type === "native" ? value : "pipe";
};

// node_modules/execa/lib/stdio/handle-sync.js
var handleStdioSync = (options, verboseInfo) => handleStdio(addPropertiesSync, options, verboseInfo, true);
var forbiddenIfSync = ({ type, optionName }) => {
  throwInvalidSyncValue(optionName, TYPE_TO_MESSAGE[type]);
};
var forbiddenNativeIfSync = ({ optionName, value }) => {
  if (value === "ipc" || value === "overlapped") {
    throwInvalidSyncValue(optionName, `"${value}"`);
  }
  return {};
};
var throwInvalidSyncValue = (optionName, value) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${value} with synchronous methods.`);
};
var addProperties = {
  generator() {
  },
  asyncGenerator: forbiddenIfSync,
  webStream: forbiddenIfSync,
  nodeStream: forbiddenIfSync,
  webTransform: forbiddenIfSync,
  duplex: forbiddenIfSync,
  asyncIterable: forbiddenIfSync,
  native: forbiddenNativeIfSync
};
var addPropertiesSync = {
  input: {
    ...addProperties,
    fileUrl: ({ value }) => ({ contents: [bufferToUint8Array(readFileSync3(value))] }),
    filePath: ({ value: { file } }) => ({ contents: [bufferToUint8Array(readFileSync3(file))] }),
    fileNumber: forbiddenIfSync,
    iterable: ({ value }) => ({ contents: [...value] }),
    string: ({ value }) => ({ contents: [value] }),
    uint8Array: ({ value }) => ({ contents: [value] })
  },
  output: {
    ...addProperties,
    fileUrl: ({ value }) => ({ path: value }),
    filePath: ({ value: { file, append } }) => ({ path: file, append }),
    fileNumber: ({ value }) => ({ path: value }),
    iterable: forbiddenIfSync,
    string: forbiddenIfSync,
    uint8Array: forbiddenIfSync
  }
};

// node_modules/execa/lib/io/strip-newline.js
var stripNewline = (value, { stripFinalNewline: stripFinalNewline2 }, fdNumber) => getStripFinalNewline(stripFinalNewline2, fdNumber) && value !== void 0 && !Array.isArray(value) ? stripFinalNewline(value) : value;
var getStripFinalNewline = (stripFinalNewline2, fdNumber) => fdNumber === "all" ? stripFinalNewline2[1] || stripFinalNewline2[2] : stripFinalNewline2[fdNumber];

// node_modules/execa/lib/transform/generator.js
import { Transform, getDefaultHighWaterMark } from "node:stream";

// node_modules/execa/lib/transform/split.js
var getSplitLinesGenerator = (binary, preserveNewlines, skipped, state) => binary || skipped ? void 0 : initializeSplitLines(preserveNewlines, state);
var splitLinesSync = (chunk, preserveNewlines, objectMode) => objectMode ? chunk.flatMap((item) => splitLinesItemSync(item, preserveNewlines)) : splitLinesItemSync(chunk, preserveNewlines);
var splitLinesItemSync = (chunk, preserveNewlines) => {
  const { transform, final } = initializeSplitLines(preserveNewlines, {});
  return [...transform(chunk), ...final()];
};
var initializeSplitLines = (preserveNewlines, state) => {
  state.previousChunks = "";
  return {
    transform: splitGenerator.bind(void 0, state, preserveNewlines),
    final: linesFinal.bind(void 0, state)
  };
};
var splitGenerator = function* (state, preserveNewlines, chunk) {
  if (typeof chunk !== "string") {
    yield chunk;
    return;
  }
  let { previousChunks } = state;
  let start = -1;
  for (let end = 0; end < chunk.length; end += 1) {
    if (chunk[end] === "\n") {
      const newlineLength = getNewlineLength(chunk, end, preserveNewlines, state);
      let line = chunk.slice(start + 1, end + 1 - newlineLength);
      if (previousChunks.length > 0) {
        line = concatString(previousChunks, line);
        previousChunks = "";
      }
      yield line;
      start = end;
    }
  }
  if (start !== chunk.length - 1) {
    previousChunks = concatString(previousChunks, chunk.slice(start + 1));
  }
  state.previousChunks = previousChunks;
};
var getNewlineLength = (chunk, end, preserveNewlines, state) => {
  if (preserveNewlines) {
    return 0;
  }
  state.isWindowsNewline = end !== 0 && chunk[end - 1] === "\r";
  return state.isWindowsNewline ? 2 : 1;
};
var linesFinal = function* ({ previousChunks }) {
  if (previousChunks.length > 0) {
    yield previousChunks;
  }
};
var getAppendNewlineGenerator = ({ binary, preserveNewlines, readableObjectMode, state }) => binary || preserveNewlines || readableObjectMode ? void 0 : { transform: appendNewlineGenerator.bind(void 0, state) };
var appendNewlineGenerator = function* ({ isWindowsNewline = false }, chunk) {
  const { unixNewline, windowsNewline, LF: LF2, concatBytes: concatBytes2 } = typeof chunk === "string" ? linesStringInfo : linesUint8ArrayInfo;
  if (chunk.at(-1) === LF2) {
    yield chunk;
    return;
  }
  const newline = isWindowsNewline ? windowsNewline : unixNewline;
  yield concatBytes2(chunk, newline);
};
var concatString = (firstChunk, secondChunk) => `${firstChunk}${secondChunk}`;
var linesStringInfo = {
  windowsNewline: "\r\n",
  unixNewline: "\n",
  LF: "\n",
  concatBytes: concatString
};
var concatUint8Array = (firstChunk, secondChunk) => {
  const chunk = new Uint8Array(firstChunk.length + secondChunk.length);
  chunk.set(firstChunk, 0);
  chunk.set(secondChunk, firstChunk.length);
  return chunk;
};
var linesUint8ArrayInfo = {
  windowsNewline: new Uint8Array([13, 10]),
  unixNewline: new Uint8Array([10]),
  LF: 10,
  concatBytes: concatUint8Array
};

// node_modules/execa/lib/transform/validate.js
import { Buffer as Buffer2 } from "node:buffer";
var getValidateTransformInput = (writableObjectMode, optionName) => writableObjectMode ? void 0 : validateStringTransformInput.bind(void 0, optionName);
var validateStringTransformInput = function* (optionName, chunk) {
  if (typeof chunk !== "string" && !isUint8Array(chunk) && !Buffer2.isBuffer(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's transform must use "objectMode: true" to receive as input: ${typeof chunk}.`);
  }
  yield chunk;
};
var getValidateTransformReturn = (readableObjectMode, optionName) => readableObjectMode ? validateObjectTransformReturn.bind(void 0, optionName) : validateStringTransformReturn.bind(void 0, optionName);
var validateObjectTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  yield chunk;
};
var validateStringTransformReturn = function* (optionName, chunk) {
  validateEmptyReturn(optionName, chunk);
  if (typeof chunk !== "string" && !isUint8Array(chunk)) {
    throw new TypeError(`The \`${optionName}\` option's function must yield a string or an Uint8Array, not ${typeof chunk}.`);
  }
  yield chunk;
};
var validateEmptyReturn = (optionName, chunk) => {
  if (chunk === null || chunk === void 0) {
    throw new TypeError(`The \`${optionName}\` option's function must not call \`yield ${chunk}\`.
Instead, \`yield\` should either be called with a value, or not be called at all. For example:
  if (condition) { yield value; }`);
  }
};

// node_modules/execa/lib/transform/encoding-transform.js
import { Buffer as Buffer3 } from "node:buffer";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
var getEncodingTransformGenerator = (binary, encoding, skipped) => {
  if (skipped) {
    return;
  }
  if (binary) {
    return { transform: encodingUint8ArrayGenerator.bind(void 0, new TextEncoder()) };
  }
  const stringDecoder = new StringDecoder2(encoding);
  return {
    transform: encodingStringGenerator.bind(void 0, stringDecoder),
    final: encodingStringFinal.bind(void 0, stringDecoder)
  };
};
var encodingUint8ArrayGenerator = function* (textEncoder3, chunk) {
  if (Buffer3.isBuffer(chunk)) {
    yield bufferToUint8Array(chunk);
  } else if (typeof chunk === "string") {
    yield textEncoder3.encode(chunk);
  } else {
    yield chunk;
  }
};
var encodingStringGenerator = function* (stringDecoder, chunk) {
  yield isUint8Array(chunk) ? stringDecoder.write(chunk) : chunk;
};
var encodingStringFinal = function* (stringDecoder) {
  const lastChunk = stringDecoder.end();
  if (lastChunk !== "") {
    yield lastChunk;
  }
};

// node_modules/execa/lib/transform/run-async.js
import { callbackify } from "node:util";
var pushChunks = callbackify(async (getChunks, state, getChunksArguments, transformStream) => {
  state.currentIterable = getChunks(...getChunksArguments);
  try {
    for await (const chunk of state.currentIterable) {
      transformStream.push(chunk);
    }
  } finally {
    delete state.currentIterable;
  }
});
var transformChunk = async function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator } = generators[index];
  for await (const transformedChunk of transform(chunk)) {
    yield* transformChunk(transformedChunk, generators, index + 1);
  }
};
var finalChunks = async function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunks(final, Number(index), generators);
  }
};
var generatorFinalChunks = async function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for await (const finalChunk of final()) {
    yield* transformChunk(finalChunk, generators, index + 1);
  }
};
var destroyTransform = callbackify(async ({ currentIterable }, error) => {
  if (currentIterable !== void 0) {
    await (error ? currentIterable.throw(error) : currentIterable.return());
    return;
  }
  if (error) {
    throw error;
  }
});
var identityGenerator = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/run-sync.js
var pushChunksSync = (getChunksSync, getChunksArguments, transformStream, done) => {
  try {
    for (const chunk of getChunksSync(...getChunksArguments)) {
      transformStream.push(chunk);
    }
    done();
  } catch (error) {
    done(error);
  }
};
var runTransformSync = (generators, chunks) => [
  ...chunks.flatMap((chunk) => [...transformChunkSync(chunk, generators, 0)]),
  ...finalChunksSync(generators)
];
var transformChunkSync = function* (chunk, generators, index) {
  if (index === generators.length) {
    yield chunk;
    return;
  }
  const { transform = identityGenerator2 } = generators[index];
  for (const transformedChunk of transform(chunk)) {
    yield* transformChunkSync(transformedChunk, generators, index + 1);
  }
};
var finalChunksSync = function* (generators) {
  for (const [index, { final }] of Object.entries(generators)) {
    yield* generatorFinalChunksSync(final, Number(index), generators);
  }
};
var generatorFinalChunksSync = function* (final, index, generators) {
  if (final === void 0) {
    return;
  }
  for (const finalChunk of final()) {
    yield* transformChunkSync(finalChunk, generators, index + 1);
  }
};
var identityGenerator2 = function* (chunk) {
  yield chunk;
};

// node_modules/execa/lib/transform/generator.js
var generatorToStream = ({
  value,
  value: { transform, final, writableObjectMode, readableObjectMode },
  optionName
}, { encoding }) => {
  const state = {};
  const generators = addInternalGenerators(value, encoding, optionName);
  const transformAsync = isAsyncGenerator(transform);
  const finalAsync = isAsyncGenerator(final);
  const transformMethod = transformAsync ? pushChunks.bind(void 0, transformChunk, state) : pushChunksSync.bind(void 0, transformChunkSync);
  const finalMethod = transformAsync || finalAsync ? pushChunks.bind(void 0, finalChunks, state) : pushChunksSync.bind(void 0, finalChunksSync);
  const destroyMethod = transformAsync || finalAsync ? destroyTransform.bind(void 0, state) : void 0;
  const stream = new Transform({
    writableObjectMode,
    writableHighWaterMark: getDefaultHighWaterMark(writableObjectMode),
    readableObjectMode,
    readableHighWaterMark: getDefaultHighWaterMark(readableObjectMode),
    transform(chunk, encoding2, done) {
      transformMethod([chunk, generators, 0], this, done);
    },
    flush(done) {
      finalMethod([generators], this, done);
    },
    destroy: destroyMethod
  });
  return { stream };
};
var runGeneratorsSync = (chunks, stdioItems, encoding, isInput) => {
  const generators = stdioItems.filter(({ type }) => type === "generator");
  const reversedGenerators = isInput ? generators.reverse() : generators;
  for (const { value, optionName } of reversedGenerators) {
    const generators2 = addInternalGenerators(value, encoding, optionName);
    chunks = runTransformSync(generators2, chunks);
  }
  return chunks;
};
var addInternalGenerators = ({ transform, final, binary, writableObjectMode, readableObjectMode, preserveNewlines }, encoding, optionName) => {
  const state = {};
  return [
    { transform: getValidateTransformInput(writableObjectMode, optionName) },
    getEncodingTransformGenerator(binary, encoding, writableObjectMode),
    getSplitLinesGenerator(binary, preserveNewlines, writableObjectMode, state),
    { transform, final },
    { transform: getValidateTransformReturn(readableObjectMode, optionName) },
    getAppendNewlineGenerator({
      binary,
      preserveNewlines,
      readableObjectMode,
      state
    })
  ].filter(Boolean);
};

// node_modules/execa/lib/io/input-sync.js
var addInputOptionsSync = (fileDescriptors, options) => {
  for (const fdNumber of getInputFdNumbers(fileDescriptors)) {
    addInputOptionSync(fileDescriptors, fdNumber, options);
  }
};
var getInputFdNumbers = (fileDescriptors) => new Set(Object.entries(fileDescriptors).filter(([, { direction }]) => direction === "input").map(([fdNumber]) => Number(fdNumber)));
var addInputOptionSync = (fileDescriptors, fdNumber, options) => {
  const { stdioItems } = fileDescriptors[fdNumber];
  const allStdioItems = stdioItems.filter(({ contents }) => contents !== void 0);
  if (allStdioItems.length === 0) {
    return;
  }
  if (fdNumber !== 0) {
    const [{ type, optionName }] = allStdioItems;
    throw new TypeError(`Only the \`stdin\` option, not \`${optionName}\`, can be ${TYPE_TO_MESSAGE[type]} with synchronous methods.`);
  }
  const allContents = allStdioItems.map(({ contents }) => contents);
  const transformedContents = allContents.map((contents) => applySingleInputGeneratorsSync(contents, stdioItems));
  options.input = joinToUint8Array(transformedContents);
};
var applySingleInputGeneratorsSync = (contents, stdioItems) => {
  const newContents = runGeneratorsSync(contents, stdioItems, "utf8", true);
  validateSerializable(newContents);
  return joinToUint8Array(newContents);
};
var validateSerializable = (newContents) => {
  const invalidItem = newContents.find((item) => typeof item !== "string" && !isUint8Array(item));
  if (invalidItem !== void 0) {
    throw new TypeError(`The \`stdin\` option is invalid: when passing objects as input, a transform must be used to serialize them to strings or Uint8Arrays: ${invalidItem}.`);
  }
};

// node_modules/execa/lib/io/output-sync.js
import { writeFileSync, appendFileSync } from "node:fs";

// node_modules/execa/lib/verbose/output.js
var shouldLogOutput = ({ stdioItems, encoding, verboseInfo, fdNumber }) => fdNumber !== "all" && isFullVerbose(verboseInfo, fdNumber) && !BINARY_ENCODINGS.has(encoding) && fdUsesVerbose(fdNumber) && (stdioItems.some(({ type, value }) => type === "native" && PIPED_STDIO_VALUES.has(value)) || stdioItems.every(({ type }) => TRANSFORM_TYPES.has(type)));
var fdUsesVerbose = (fdNumber) => fdNumber === 1 || fdNumber === 2;
var PIPED_STDIO_VALUES = /* @__PURE__ */ new Set(["pipe", "overlapped"]);
var logLines = async (linesIterable, stream, fdNumber, verboseInfo) => {
  for await (const line of linesIterable) {
    if (!isPipingStream(stream)) {
      logLine(line, fdNumber, verboseInfo);
    }
  }
};
var logLinesSync = (linesArray, fdNumber, verboseInfo) => {
  for (const line of linesArray) {
    logLine(line, fdNumber, verboseInfo);
  }
};
var isPipingStream = (stream) => stream._readableState.pipes.length > 0;
var logLine = (line, fdNumber, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(line);
  verboseLog({
    type: "output",
    verboseMessage,
    fdNumber,
    verboseInfo
  });
};

// node_modules/execa/lib/io/output-sync.js
var transformOutputSync = ({ fileDescriptors, syncResult: { output }, options, isMaxBuffer, verboseInfo }) => {
  if (output === null) {
    return { output: Array.from({ length: 3 }) };
  }
  const state = {};
  const outputFiles = /* @__PURE__ */ new Set([]);
  const transformedOutput = output.map((result, fdNumber) => transformOutputResultSync({
    result,
    fileDescriptors,
    fdNumber,
    state,
    outputFiles,
    isMaxBuffer,
    verboseInfo
  }, options));
  return { output: transformedOutput, ...state };
};
var transformOutputResultSync = ({ result, fileDescriptors, fdNumber, state, outputFiles, isMaxBuffer, verboseInfo }, { buffer, encoding, lines, stripFinalNewline: stripFinalNewline2, maxBuffer }) => {
  if (result === null) {
    return;
  }
  const truncatedResult = truncateMaxBufferSync(result, isMaxBuffer, maxBuffer);
  const uint8ArrayResult = bufferToUint8Array(truncatedResult);
  const { stdioItems, objectMode } = fileDescriptors[fdNumber];
  const chunks = runOutputGeneratorsSync([uint8ArrayResult], stdioItems, encoding, state);
  const { serializedResult, finalResult = serializedResult } = serializeChunks({
    chunks,
    objectMode,
    encoding,
    lines,
    stripFinalNewline: stripFinalNewline2,
    fdNumber
  });
  logOutputSync({
    serializedResult,
    fdNumber,
    state,
    verboseInfo,
    encoding,
    stdioItems,
    objectMode
  });
  const returnedResult = buffer[fdNumber] ? finalResult : void 0;
  try {
    if (state.error === void 0) {
      writeToFiles(serializedResult, stdioItems, outputFiles);
    }
    return returnedResult;
  } catch (error) {
    state.error = error;
    return returnedResult;
  }
};
var runOutputGeneratorsSync = (chunks, stdioItems, encoding, state) => {
  try {
    return runGeneratorsSync(chunks, stdioItems, encoding, false);
  } catch (error) {
    state.error = error;
    return chunks;
  }
};
var serializeChunks = ({ chunks, objectMode, encoding, lines, stripFinalNewline: stripFinalNewline2, fdNumber }) => {
  if (objectMode) {
    return { serializedResult: chunks };
  }
  if (encoding === "buffer") {
    return { serializedResult: joinToUint8Array(chunks) };
  }
  const serializedResult = joinToString(chunks, encoding);
  if (lines[fdNumber]) {
    return { serializedResult, finalResult: splitLinesSync(serializedResult, !stripFinalNewline2[fdNumber], objectMode) };
  }
  return { serializedResult };
};
var logOutputSync = ({ serializedResult, fdNumber, state, verboseInfo, encoding, stdioItems, objectMode }) => {
  if (!shouldLogOutput({
    stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesArray = splitLinesSync(serializedResult, false, objectMode);
  try {
    logLinesSync(linesArray, fdNumber, verboseInfo);
  } catch (error) {
    state.error ??= error;
  }
};
var writeToFiles = (serializedResult, stdioItems, outputFiles) => {
  for (const { path: path23, append } of stdioItems.filter(({ type }) => FILE_TYPES.has(type))) {
    const pathString = typeof path23 === "string" ? path23 : path23.toString();
    if (append || outputFiles.has(pathString)) {
      appendFileSync(path23, serializedResult);
    } else {
      outputFiles.add(pathString);
      writeFileSync(path23, serializedResult);
    }
  }
};

// node_modules/execa/lib/resolve/all-sync.js
var getAllSync = ([, stdout, stderr], options) => {
  if (!options.all) {
    return;
  }
  if (stdout === void 0) {
    return stderr;
  }
  if (stderr === void 0) {
    return stdout;
  }
  if (Array.isArray(stdout)) {
    return Array.isArray(stderr) ? [...stdout, ...stderr] : [...stdout, stripNewline(stderr, options, "all")];
  }
  if (Array.isArray(stderr)) {
    return [stripNewline(stdout, options, "all"), ...stderr];
  }
  if (isUint8Array(stdout) && isUint8Array(stderr)) {
    return concatUint8Arrays([stdout, stderr]);
  }
  return `${stdout}${stderr}`;
};

// node_modules/execa/lib/resolve/exit-async.js
import { once as once4 } from "node:events";
var waitForExit = async (subprocess, context) => {
  const [exitCode, signal] = await waitForExitOrError(subprocess);
  context.isForcefullyTerminated ??= false;
  return [exitCode, signal];
};
var waitForExitOrError = async (subprocess) => {
  const [spawnPayload, exitPayload] = await Promise.allSettled([
    once4(subprocess, "spawn"),
    once4(subprocess, "exit")
  ]);
  if (spawnPayload.status === "rejected") {
    return [];
  }
  return exitPayload.status === "rejected" ? waitForSubprocessExit(subprocess) : exitPayload.value;
};
var waitForSubprocessExit = async (subprocess) => {
  try {
    return await once4(subprocess, "exit");
  } catch {
    return waitForSubprocessExit(subprocess);
  }
};
var waitForSuccessfulExit = async (exitPromise) => {
  const [exitCode, signal] = await exitPromise;
  if (!isSubprocessErrorExit(exitCode, signal) && isFailedExit(exitCode, signal)) {
    throw new DiscardedError();
  }
  return [exitCode, signal];
};
var isSubprocessErrorExit = (exitCode, signal) => exitCode === void 0 && signal === void 0;
var isFailedExit = (exitCode, signal) => exitCode !== 0 || signal !== null;

// node_modules/execa/lib/resolve/exit-sync.js
var getExitResultSync = ({ error, status: exitCode, signal, output }, { maxBuffer }) => {
  const resultError = getResultError(error, exitCode, signal);
  const timedOut = resultError?.code === "ETIMEDOUT";
  const isMaxBuffer = isMaxBufferSync(resultError, output, maxBuffer);
  return {
    resultError,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer
  };
};
var getResultError = (error, exitCode, signal) => {
  if (error !== void 0) {
    return error;
  }
  return isFailedExit(exitCode, signal) ? new DiscardedError() : void 0;
};

// node_modules/execa/lib/methods/main-sync.js
var execaCoreSync = (rawFile, rawArguments, rawOptions) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleSyncArguments(rawFile, rawArguments, rawOptions);
  const result = spawnSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    verboseInfo,
    fileDescriptors,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var handleSyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const syncOptions = normalizeSyncOptions(rawOptions);
  const { file, commandArguments, options } = normalizeOptions(rawFile, rawArguments, syncOptions);
  validateSyncOptions(options);
  const fileDescriptors = handleStdioSync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var normalizeSyncOptions = (options) => options.node && !options.ipc ? { ...options, ipc: false } : options;
var validateSyncOptions = ({ ipc, ipcInput, detached, cancelSignal }) => {
  if (ipcInput) {
    throwInvalidSyncOption("ipcInput");
  }
  if (ipc) {
    throwInvalidSyncOption("ipc: true");
  }
  if (detached) {
    throwInvalidSyncOption("detached: true");
  }
  if (cancelSignal) {
    throwInvalidSyncOption("cancelSignal");
  }
};
var throwInvalidSyncOption = (value) => {
  throw new TypeError(`The "${value}" option cannot be used with synchronous methods.`);
};
var spawnSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, verboseInfo, fileDescriptors, startTime }) => {
  const syncResult = runSubprocessSync({
    file,
    commandArguments,
    options,
    command,
    escapedCommand,
    fileDescriptors,
    startTime
  });
  if (syncResult.failed) {
    return syncResult;
  }
  const { resultError, exitCode, signal, timedOut, isMaxBuffer } = getExitResultSync(syncResult, options);
  const { output, error = resultError } = transformOutputSync({
    fileDescriptors,
    syncResult,
    options,
    isMaxBuffer,
    verboseInfo
  });
  const stdio = output.map((stdioOutput, fdNumber) => stripNewline(stdioOutput, options, fdNumber));
  const all = stripNewline(getAllSync(output, options), options, "all");
  return getSyncResult({
    error,
    exitCode,
    signal,
    timedOut,
    isMaxBuffer,
    stdio,
    all,
    options,
    command,
    escapedCommand,
    startTime
  });
};
var runSubprocessSync = ({ file, commandArguments, options, command, escapedCommand, fileDescriptors, startTime }) => {
  try {
    addInputOptionsSync(fileDescriptors, options);
    const normalizedOptions = normalizeSpawnSyncOptions(options);
    return spawnSync(...concatenateShell(file, commandArguments, normalizedOptions));
  } catch (error) {
    return makeEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      isSync: true
    });
  }
};
var normalizeSpawnSyncOptions = ({ encoding, maxBuffer, ...options }) => ({ ...options, encoding: "buffer", maxBuffer: getMaxBufferSync(maxBuffer) });
var getSyncResult = ({ error, exitCode, signal, timedOut, isMaxBuffer, stdio, all, options, command, escapedCommand, startTime }) => error === void 0 ? makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime
}) : makeError({
  error,
  command,
  escapedCommand,
  timedOut,
  isCanceled: false,
  isGracefullyCanceled: false,
  isMaxBuffer,
  isForcefullyTerminated: false,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput: [],
  options,
  startTime,
  isSync: true
});

// node_modules/execa/lib/methods/main-async.js
import { setMaxListeners } from "node:events";
import { spawn as spawn2 } from "node:child_process";

// node_modules/execa/lib/ipc/methods.js
import process8 from "node:process";

// node_modules/execa/lib/ipc/get-one.js
import { once as once5, on as on2 } from "node:events";
var getOneMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true, filter } = {}) => {
  validateIpcMethod({
    methodName: "getOneMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  return getOneMessageAsync({
    anyProcess,
    channel,
    isSubprocess,
    filter,
    reference
  });
};
var getOneMessageAsync = async ({ anyProcess, channel, isSubprocess, filter, reference }) => {
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  try {
    return await Promise.race([
      getMessage(ipcEmitter, filter, controller),
      throwOnDisconnect2(ipcEmitter, isSubprocess, controller),
      throwOnStrictError(ipcEmitter, isSubprocess, controller)
    ]);
  } catch (error) {
    disconnect(anyProcess);
    throw error;
  } finally {
    controller.abort();
    removeReference(channel, reference);
  }
};
var getMessage = async (ipcEmitter, filter, { signal }) => {
  if (filter === void 0) {
    const [message] = await once5(ipcEmitter, "message", { signal });
    return message;
  }
  for await (const [message] of on2(ipcEmitter, "message", { signal })) {
    if (filter(message)) {
      return message;
    }
  }
};
var throwOnDisconnect2 = async (ipcEmitter, isSubprocess, { signal }) => {
  await once5(ipcEmitter, "disconnect", { signal });
  throwOnEarlyDisconnect(isSubprocess);
};
var throwOnStrictError = async (ipcEmitter, isSubprocess, { signal }) => {
  const [error] = await once5(ipcEmitter, "strict:error", { signal });
  throw getStrictResponseError(error, isSubprocess);
};

// node_modules/execa/lib/ipc/get-each.js
import { once as once6, on as on3 } from "node:events";
var getEachMessage = ({ anyProcess, channel, isSubprocess, ipc }, { reference = true } = {}) => loopOnMessages({
  anyProcess,
  channel,
  isSubprocess,
  ipc,
  shouldAwait: !isSubprocess,
  reference
});
var loopOnMessages = ({ anyProcess, channel, isSubprocess, ipc, shouldAwait, reference }) => {
  validateIpcMethod({
    methodName: "getEachMessage",
    isSubprocess,
    ipc,
    isConnected: isConnected(anyProcess)
  });
  addReference(channel, reference);
  const ipcEmitter = getIpcEmitter(anyProcess, channel, isSubprocess);
  const controller = new AbortController();
  const state = {};
  stopOnDisconnect(anyProcess, ipcEmitter, controller);
  abortOnStrictError({
    ipcEmitter,
    isSubprocess,
    controller,
    state
  });
  return iterateOnMessages({
    anyProcess,
    channel,
    ipcEmitter,
    isSubprocess,
    shouldAwait,
    controller,
    state,
    reference
  });
};
var stopOnDisconnect = async (anyProcess, ipcEmitter, controller) => {
  try {
    await once6(ipcEmitter, "disconnect", { signal: controller.signal });
    controller.abort();
  } catch {
  }
};
var abortOnStrictError = async ({ ipcEmitter, isSubprocess, controller, state }) => {
  try {
    const [error] = await once6(ipcEmitter, "strict:error", { signal: controller.signal });
    state.error = getStrictResponseError(error, isSubprocess);
    controller.abort();
  } catch {
  }
};
var iterateOnMessages = async function* ({ anyProcess, channel, ipcEmitter, isSubprocess, shouldAwait, controller, state, reference }) {
  try {
    for await (const [message] of on3(ipcEmitter, "message", { signal: controller.signal })) {
      throwIfStrictError(state);
      yield message;
    }
  } catch {
    throwIfStrictError(state);
  } finally {
    controller.abort();
    removeReference(channel, reference);
    if (!isSubprocess) {
      disconnect(anyProcess);
    }
    if (shouldAwait) {
      await anyProcess;
    }
  }
};
var throwIfStrictError = ({ error }) => {
  if (error) {
    throw error;
  }
};

// node_modules/execa/lib/ipc/methods.js
var addIpcMethods = (subprocess, { ipc }) => {
  Object.assign(subprocess, getIpcMethods(subprocess, false, ipc));
};
var getIpcExport = () => {
  const anyProcess = process8;
  const isSubprocess = true;
  const ipc = process8.channel !== void 0;
  return {
    ...getIpcMethods(anyProcess, isSubprocess, ipc),
    getCancelSignal: getCancelSignal.bind(void 0, {
      anyProcess,
      channel: anyProcess.channel,
      isSubprocess,
      ipc
    })
  };
};
var getIpcMethods = (anyProcess, isSubprocess, ipc) => ({
  sendMessage: sendMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getOneMessage: getOneMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  }),
  getEachMessage: getEachMessage.bind(void 0, {
    anyProcess,
    channel: anyProcess.channel,
    isSubprocess,
    ipc
  })
});

// node_modules/execa/lib/return/early-error.js
import { ChildProcess as ChildProcess2 } from "node:child_process";
import {
  PassThrough,
  Readable,
  Writable,
  Duplex
} from "node:stream";
var handleEarlyError = ({ error, command, escapedCommand, fileDescriptors, options, startTime, verboseInfo }) => {
  cleanupCustomStreams(fileDescriptors);
  const subprocess = new ChildProcess2();
  createDummyStreams(subprocess, fileDescriptors);
  Object.assign(subprocess, { readable, writable, duplex });
  const earlyError = makeEarlyError({
    error,
    command,
    escapedCommand,
    fileDescriptors,
    options,
    startTime,
    isSync: false
  });
  const promise = handleDummyPromise(earlyError, verboseInfo, options);
  return { subprocess, promise };
};
var createDummyStreams = (subprocess, fileDescriptors) => {
  const stdin = createDummyStream();
  const stdout = createDummyStream();
  const stderr = createDummyStream();
  const extraStdio = Array.from({ length: fileDescriptors.length - 3 }, createDummyStream);
  const all = createDummyStream();
  const stdio = [stdin, stdout, stderr, ...extraStdio];
  Object.assign(subprocess, {
    stdin,
    stdout,
    stderr,
    all,
    stdio
  });
};
var createDummyStream = () => {
  const stream = new PassThrough();
  stream.end();
  return stream;
};
var readable = () => new Readable({ read() {
} });
var writable = () => new Writable({ write() {
} });
var duplex = () => new Duplex({ read() {
}, write() {
} });
var handleDummyPromise = async (error, verboseInfo, options) => handleResult(error, verboseInfo, options);

// node_modules/execa/lib/stdio/handle-async.js
import { createReadStream, createWriteStream } from "node:fs";
import { Buffer as Buffer4 } from "node:buffer";
import { Readable as Readable2, Writable as Writable2, Duplex as Duplex2 } from "node:stream";
var handleStdioAsync = (options, verboseInfo) => handleStdio(addPropertiesAsync, options, verboseInfo, false);
var forbiddenIfAsync = ({ type, optionName }) => {
  throw new TypeError(`The \`${optionName}\` option cannot be ${TYPE_TO_MESSAGE[type]}.`);
};
var addProperties2 = {
  fileNumber: forbiddenIfAsync,
  generator: generatorToStream,
  asyncGenerator: generatorToStream,
  nodeStream: ({ value }) => ({ stream: value }),
  webTransform({ value: { transform, writableObjectMode, readableObjectMode } }) {
    const objectMode = writableObjectMode || readableObjectMode;
    const stream = Duplex2.fromWeb(transform, { objectMode });
    return { stream };
  },
  duplex: ({ value: { transform } }) => ({ stream: transform }),
  native() {
  }
};
var addPropertiesAsync = {
  input: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createReadStream(value) }),
    filePath: ({ value: { file } }) => ({ stream: createReadStream(file) }),
    webStream: ({ value }) => ({ stream: Readable2.fromWeb(value) }),
    iterable: ({ value }) => ({ stream: Readable2.from(value) }),
    asyncIterable: ({ value }) => ({ stream: Readable2.from(value) }),
    string: ({ value }) => ({ stream: Readable2.from(value) }),
    uint8Array: ({ value }) => ({ stream: Readable2.from(Buffer4.from(value)) })
  },
  output: {
    ...addProperties2,
    fileUrl: ({ value }) => ({ stream: createWriteStream(value) }),
    filePath: ({ value: { file, append } }) => ({ stream: createWriteStream(file, append ? { flags: "a" } : {}) }),
    webStream: ({ value }) => ({ stream: Writable2.fromWeb(value) }),
    iterable: forbiddenIfAsync,
    asyncIterable: forbiddenIfAsync,
    string: forbiddenIfAsync,
    uint8Array: forbiddenIfAsync
  }
};

// node_modules/@sindresorhus/merge-streams/index.js
import { on as on4, once as once7 } from "node:events";
import { PassThrough as PassThroughStream, getDefaultHighWaterMark as getDefaultHighWaterMark2 } from "node:stream";
import { finished as finished2 } from "node:stream/promises";
function mergeStreams(streams) {
  if (!Array.isArray(streams)) {
    throw new TypeError(`Expected an array, got \`${typeof streams}\`.`);
  }
  for (const stream of streams) {
    validateStream(stream);
  }
  const objectMode = streams.some(({ readableObjectMode }) => readableObjectMode);
  const highWaterMark = getHighWaterMark(streams, objectMode);
  const passThroughStream = new MergedStream({
    objectMode,
    writableHighWaterMark: highWaterMark,
    readableHighWaterMark: highWaterMark
  });
  for (const stream of streams) {
    passThroughStream.add(stream);
  }
  return passThroughStream;
}
var getHighWaterMark = (streams, objectMode) => {
  if (streams.length === 0) {
    return getDefaultHighWaterMark2(objectMode);
  }
  const highWaterMarks = streams.filter(({ readableObjectMode }) => readableObjectMode === objectMode).map(({ readableHighWaterMark }) => readableHighWaterMark);
  return Math.max(...highWaterMarks);
};
var MergedStream = class extends PassThroughStream {
  #streams = /* @__PURE__ */ new Set([]);
  #ended = /* @__PURE__ */ new Set([]);
  #aborted = /* @__PURE__ */ new Set([]);
  #onFinished;
  #unpipeEvent = /* @__PURE__ */ Symbol("unpipe");
  #streamPromises = /* @__PURE__ */ new WeakMap();
  add(stream) {
    validateStream(stream);
    if (this.#streams.has(stream)) {
      return;
    }
    this.#streams.add(stream);
    this.#onFinished ??= onMergedStreamFinished(this, this.#streams, this.#unpipeEvent);
    const streamPromise = endWhenStreamsDone({
      passThroughStream: this,
      stream,
      streams: this.#streams,
      ended: this.#ended,
      aborted: this.#aborted,
      onFinished: this.#onFinished,
      unpipeEvent: this.#unpipeEvent
    });
    this.#streamPromises.set(stream, streamPromise);
    stream.pipe(this, { end: false });
  }
  async remove(stream) {
    validateStream(stream);
    if (!this.#streams.has(stream)) {
      return false;
    }
    const streamPromise = this.#streamPromises.get(stream);
    if (streamPromise === void 0) {
      return false;
    }
    this.#streamPromises.delete(stream);
    stream.unpipe(this);
    await streamPromise;
    return true;
  }
};
var onMergedStreamFinished = async (passThroughStream, streams, unpipeEvent) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_COUNT);
  const controller = new AbortController();
  try {
    await Promise.race([
      onMergedStreamEnd(passThroughStream, controller),
      onInputStreamsUnpipe(passThroughStream, streams, unpipeEvent, controller)
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_COUNT);
  }
};
var onMergedStreamEnd = async (passThroughStream, { signal }) => {
  try {
    await finished2(passThroughStream, { signal, cleanup: true });
  } catch (error) {
    errorOrAbortStream(passThroughStream, error);
    throw error;
  }
};
var onInputStreamsUnpipe = async (passThroughStream, streams, unpipeEvent, { signal }) => {
  for await (const [unpipedStream] of on4(passThroughStream, "unpipe", { signal })) {
    if (streams.has(unpipedStream)) {
      unpipedStream.emit(unpipeEvent);
    }
  }
};
var validateStream = (stream) => {
  if (typeof stream?.pipe !== "function") {
    throw new TypeError(`Expected a readable stream, got: \`${typeof stream}\`.`);
  }
};
var endWhenStreamsDone = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, onFinished, unpipeEvent }) => {
  updateMaxListeners(passThroughStream, PASSTHROUGH_LISTENERS_PER_STREAM);
  const controller = new AbortController();
  try {
    await Promise.race([
      afterMergedStreamFinished(onFinished, stream, controller),
      onInputStreamEnd({
        passThroughStream,
        stream,
        streams,
        ended,
        aborted: aborted2,
        controller
      }),
      onInputStreamUnpipe({
        stream,
        streams,
        ended,
        aborted: aborted2,
        unpipeEvent,
        controller
      })
    ]);
  } finally {
    controller.abort();
    updateMaxListeners(passThroughStream, -PASSTHROUGH_LISTENERS_PER_STREAM);
  }
  if (streams.size > 0 && streams.size === ended.size + aborted2.size) {
    if (ended.size === 0 && aborted2.size > 0) {
      abortStream(passThroughStream);
    } else {
      endStream(passThroughStream);
    }
  }
};
var afterMergedStreamFinished = async (onFinished, stream, { signal }) => {
  try {
    await onFinished;
    if (!signal.aborted) {
      abortStream(stream);
    }
  } catch (error) {
    if (!signal.aborted) {
      errorOrAbortStream(stream, error);
    }
  }
};
var onInputStreamEnd = async ({ passThroughStream, stream, streams, ended, aborted: aborted2, controller: { signal } }) => {
  try {
    await finished2(stream, {
      signal,
      cleanup: true,
      readable: true,
      writable: false
    });
    if (streams.has(stream)) {
      ended.add(stream);
    }
  } catch (error) {
    if (signal.aborted || !streams.has(stream)) {
      return;
    }
    if (isAbortError(error)) {
      aborted2.add(stream);
    } else {
      errorStream(passThroughStream, error);
    }
  }
};
var onInputStreamUnpipe = async ({ stream, streams, ended, aborted: aborted2, unpipeEvent, controller: { signal } }) => {
  await once7(stream, unpipeEvent, { signal });
  if (!stream.readable) {
    return once7(signal, "abort", { signal });
  }
  streams.delete(stream);
  ended.delete(stream);
  aborted2.delete(stream);
};
var endStream = (stream) => {
  if (stream.writable) {
    stream.end();
  }
};
var errorOrAbortStream = (stream, error) => {
  if (isAbortError(error)) {
    abortStream(stream);
  } else {
    errorStream(stream, error);
  }
};
var isAbortError = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var abortStream = (stream) => {
  if (stream.readable || stream.writable) {
    stream.destroy();
  }
};
var errorStream = (stream, error) => {
  if (!stream.destroyed) {
    stream.once("error", noop2);
    stream.destroy(error);
  }
};
var noop2 = () => {
};
var updateMaxListeners = (passThroughStream, increment2) => {
  const maxListeners = passThroughStream.getMaxListeners();
  if (maxListeners !== 0 && maxListeners !== Number.POSITIVE_INFINITY) {
    passThroughStream.setMaxListeners(maxListeners + increment2);
  }
};
var PASSTHROUGH_LISTENERS_COUNT = 2;
var PASSTHROUGH_LISTENERS_PER_STREAM = 1;

// node_modules/execa/lib/io/pipeline.js
import { finished as finished3 } from "node:stream/promises";
var pipeStreams = (source, destination) => {
  source.pipe(destination);
  onSourceFinish(source, destination);
  onDestinationFinish(source, destination);
};
var onSourceFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(source, { cleanup: true, readable: true, writable: false });
  } catch {
  }
  endDestinationStream(destination);
};
var endDestinationStream = (destination) => {
  if (destination.writable) {
    destination.end();
  }
};
var onDestinationFinish = async (source, destination) => {
  if (isStandardStream(source) || isStandardStream(destination)) {
    return;
  }
  try {
    await finished3(destination, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  abortSourceStream(source);
};
var abortSourceStream = (source) => {
  if (source.readable) {
    source.destroy();
  }
};

// node_modules/execa/lib/io/output-async.js
var pipeOutputAsync = (subprocess, fileDescriptors, controller) => {
  const pipeGroups = /* @__PURE__ */ new Map();
  for (const [fdNumber, { stdioItems, direction }] of Object.entries(fileDescriptors)) {
    for (const { stream } of stdioItems.filter(({ type }) => TRANSFORM_TYPES.has(type))) {
      pipeTransform(subprocess, stream, direction, fdNumber);
    }
    for (const { stream } of stdioItems.filter(({ type }) => !TRANSFORM_TYPES.has(type))) {
      pipeStdioItem({
        subprocess,
        stream,
        direction,
        fdNumber,
        pipeGroups,
        controller
      });
    }
  }
  for (const [outputStream, inputStreams] of pipeGroups.entries()) {
    const inputStream = inputStreams.length === 1 ? inputStreams[0] : mergeStreams(inputStreams);
    pipeStreams(inputStream, outputStream);
  }
};
var pipeTransform = (subprocess, stream, direction, fdNumber) => {
  if (direction === "output") {
    pipeStreams(subprocess.stdio[fdNumber], stream);
  } else {
    pipeStreams(stream, subprocess.stdio[fdNumber]);
  }
  const streamProperty = SUBPROCESS_STREAM_PROPERTIES[fdNumber];
  if (streamProperty !== void 0) {
    subprocess[streamProperty] = stream;
  }
  subprocess.stdio[fdNumber] = stream;
};
var SUBPROCESS_STREAM_PROPERTIES = ["stdin", "stdout", "stderr"];
var pipeStdioItem = ({ subprocess, stream, direction, fdNumber, pipeGroups, controller }) => {
  if (stream === void 0) {
    return;
  }
  setStandardStreamMaxListeners(stream, controller);
  const [inputStream, outputStream] = direction === "output" ? [stream, subprocess.stdio[fdNumber]] : [subprocess.stdio[fdNumber], stream];
  const outputStreams = pipeGroups.get(inputStream) ?? [];
  pipeGroups.set(inputStream, [...outputStreams, outputStream]);
};
var setStandardStreamMaxListeners = (stream, { signal }) => {
  if (isStandardStream(stream)) {
    incrementMaxListeners(stream, MAX_LISTENERS_INCREMENT, signal);
  }
};
var MAX_LISTENERS_INCREMENT = 2;

// node_modules/execa/lib/terminate/cleanup.js
import { addAbortListener as addAbortListener2 } from "node:events";

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process10) => !!process10 && typeof process10 === "object" && typeof process10.removeListener === "function" && typeof process10.emit === "function" && typeof process10.reallyExit === "function" && typeof process10.listeners === "function" && typeof process10.kill === "function" && typeof process10.pid === "number" && typeof process10.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global2 = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global2[kExitEmitter]) {
      return global2[kExitEmitter];
    }
    ObjectDefineProperty(global2, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list = this.listeners[ev];
    const i2 = list.indexOf(fn);
    if (i2 === -1) {
      return;
    }
    if (i2 === 0 && list.length === 1) {
      list.length = 0;
    } else {
      list.splice(i2, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process9.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process10) {
    super();
    this.#process = process10;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count: count3 } = this.#emitter;
        const p = process10;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count3 += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count3) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process10.kill(process10.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process10.reallyExit;
    this.#originalProcessEmit = process10.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a2) => {
      return this.#processEmit(ev, ...a2);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process9 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load: load2,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process9) ? new SignalExit(process9) : new SignalExitFallback());

// node_modules/execa/lib/terminate/cleanup.js
var cleanupOnExit = (subprocess, { cleanup, detached }, { signal }) => {
  if (!cleanup || detached) {
    return;
  }
  const removeExitHandler = onExit(() => {
    subprocess.kill();
  });
  addAbortListener2(signal, () => {
    removeExitHandler();
  });
};

// node_modules/execa/lib/pipe/pipe-arguments.js
var normalizePipeArguments = ({ source, sourcePromise, boundOptions, createNested }, ...pipeArguments) => {
  const startTime = getStartTime();
  const {
    destination,
    destinationStream,
    destinationError,
    from,
    unpipeSignal
  } = getDestinationStream(boundOptions, createNested, pipeArguments);
  const { sourceStream, sourceError } = getSourceStream(source, from);
  const { options: sourceOptions, fileDescriptors } = SUBPROCESS_OPTIONS.get(source);
  return {
    sourcePromise,
    sourceStream,
    sourceOptions,
    sourceError,
    destination,
    destinationStream,
    destinationError,
    unpipeSignal,
    fileDescriptors,
    startTime
  };
};
var getDestinationStream = (boundOptions, createNested, pipeArguments) => {
  try {
    const {
      destination,
      pipeOptions: { from, to, unpipeSignal } = {}
    } = getDestination(boundOptions, createNested, ...pipeArguments);
    const destinationStream = getToStream(destination, to);
    return {
      destination,
      destinationStream,
      from,
      unpipeSignal
    };
  } catch (error) {
    return { destinationError: error };
  }
};
var getDestination = (boundOptions, createNested, firstArgument, ...pipeArguments) => {
  if (Array.isArray(firstArgument)) {
    const destination = createNested(mapDestinationArguments, boundOptions)(firstArgument, ...pipeArguments);
    return { destination, pipeOptions: boundOptions };
  }
  if (typeof firstArgument === "string" || firstArgument instanceof URL || isDenoExecPath(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError('Please use .pipe("file", ..., options) or .pipe(execa("file", ..., options)) instead of .pipe(options)("file", ...).');
    }
    const [rawFile, rawArguments, rawOptions] = normalizeParameters(firstArgument, ...pipeArguments);
    const destination = createNested(mapDestinationArguments)(rawFile, rawArguments, rawOptions);
    return { destination, pipeOptions: rawOptions };
  }
  if (SUBPROCESS_OPTIONS.has(firstArgument)) {
    if (Object.keys(boundOptions).length > 0) {
      throw new TypeError("Please use .pipe(options)`command` or .pipe($(options)`command`) instead of .pipe(options)($`command`).");
    }
    return { destination: firstArgument, pipeOptions: pipeArguments[0] };
  }
  throw new TypeError(`The first argument must be a template string, an options object, or an Execa subprocess: ${firstArgument}`);
};
var mapDestinationArguments = ({ options }) => ({ options: { ...options, stdin: "pipe", piped: true } });
var getSourceStream = (source, from) => {
  try {
    const sourceStream = getFromStream(source, from);
    return { sourceStream };
  } catch (error) {
    return { sourceError: error };
  }
};

// node_modules/execa/lib/pipe/throw.js
var handlePipeArgumentsError = ({
  sourceStream,
  sourceError,
  destinationStream,
  destinationError,
  fileDescriptors,
  sourceOptions,
  startTime
}) => {
  const error = getPipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError
  });
  if (error !== void 0) {
    throw createNonCommandError({
      error,
      fileDescriptors,
      sourceOptions,
      startTime
    });
  }
};
var getPipeArgumentsError = ({ sourceStream, sourceError, destinationStream, destinationError }) => {
  if (sourceError !== void 0 && destinationError !== void 0) {
    return destinationError;
  }
  if (destinationError !== void 0) {
    abortSourceStream(sourceStream);
    return destinationError;
  }
  if (sourceError !== void 0) {
    endDestinationStream(destinationStream);
    return sourceError;
  }
};
var createNonCommandError = ({ error, fileDescriptors, sourceOptions, startTime }) => makeEarlyError({
  error,
  command: PIPE_COMMAND_MESSAGE,
  escapedCommand: PIPE_COMMAND_MESSAGE,
  fileDescriptors,
  options: sourceOptions,
  startTime,
  isSync: false
});
var PIPE_COMMAND_MESSAGE = "source.pipe(destination)";

// node_modules/execa/lib/pipe/sequence.js
var waitForBothSubprocesses = async (subprocessPromises) => {
  const [
    { status: sourceStatus, reason: sourceReason, value: sourceResult = sourceReason },
    { status: destinationStatus, reason: destinationReason, value: destinationResult = destinationReason }
  ] = await subprocessPromises;
  if (!destinationResult.pipedFrom.includes(sourceResult)) {
    destinationResult.pipedFrom.push(sourceResult);
  }
  if (destinationStatus === "rejected") {
    throw destinationResult;
  }
  if (sourceStatus === "rejected") {
    throw sourceResult;
  }
  return destinationResult;
};

// node_modules/execa/lib/pipe/streaming.js
import { finished as finished4 } from "node:stream/promises";
var pipeSubprocessStream = (sourceStream, destinationStream, maxListenersController) => {
  const mergedStream = MERGED_STREAMS.has(destinationStream) ? pipeMoreSubprocessStream(sourceStream, destinationStream) : pipeFirstSubprocessStream(sourceStream, destinationStream);
  incrementMaxListeners(sourceStream, SOURCE_LISTENERS_PER_PIPE, maxListenersController.signal);
  incrementMaxListeners(destinationStream, DESTINATION_LISTENERS_PER_PIPE, maxListenersController.signal);
  cleanupMergedStreamsMap(destinationStream);
  return mergedStream;
};
var pipeFirstSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = mergeStreams([sourceStream]);
  pipeStreams(mergedStream, destinationStream);
  MERGED_STREAMS.set(destinationStream, mergedStream);
  return mergedStream;
};
var pipeMoreSubprocessStream = (sourceStream, destinationStream) => {
  const mergedStream = MERGED_STREAMS.get(destinationStream);
  mergedStream.add(sourceStream);
  return mergedStream;
};
var cleanupMergedStreamsMap = async (destinationStream) => {
  try {
    await finished4(destinationStream, { cleanup: true, readable: false, writable: true });
  } catch {
  }
  MERGED_STREAMS.delete(destinationStream);
};
var MERGED_STREAMS = /* @__PURE__ */ new WeakMap();
var SOURCE_LISTENERS_PER_PIPE = 2;
var DESTINATION_LISTENERS_PER_PIPE = 1;

// node_modules/execa/lib/pipe/abort.js
import { aborted } from "node:util";
var unpipeOnAbort = (unpipeSignal, unpipeContext) => unpipeSignal === void 0 ? [] : [unpipeOnSignalAbort(unpipeSignal, unpipeContext)];
var unpipeOnSignalAbort = async (unpipeSignal, { sourceStream, mergedStream, fileDescriptors, sourceOptions, startTime }) => {
  await aborted(unpipeSignal, sourceStream);
  await mergedStream.remove(sourceStream);
  const error = new Error("Pipe canceled by `unpipeSignal` option.");
  throw createNonCommandError({
    error,
    fileDescriptors,
    sourceOptions,
    startTime
  });
};

// node_modules/execa/lib/pipe/setup.js
var pipeToSubprocess = (sourceInfo, ...pipeArguments) => {
  if (isPlainObject(pipeArguments[0])) {
    return pipeToSubprocess.bind(void 0, {
      ...sourceInfo,
      boundOptions: { ...sourceInfo.boundOptions, ...pipeArguments[0] }
    });
  }
  const { destination, ...normalizedInfo } = normalizePipeArguments(sourceInfo, ...pipeArguments);
  const promise = handlePipePromise({ ...normalizedInfo, destination });
  promise.pipe = pipeToSubprocess.bind(void 0, {
    ...sourceInfo,
    source: destination,
    sourcePromise: promise,
    boundOptions: {}
  });
  return promise;
};
var handlePipePromise = async ({
  sourcePromise,
  sourceStream,
  sourceOptions,
  sourceError,
  destination,
  destinationStream,
  destinationError,
  unpipeSignal,
  fileDescriptors,
  startTime
}) => {
  const subprocessPromises = getSubprocessPromises(sourcePromise, destination);
  handlePipeArgumentsError({
    sourceStream,
    sourceError,
    destinationStream,
    destinationError,
    fileDescriptors,
    sourceOptions,
    startTime
  });
  const maxListenersController = new AbortController();
  try {
    const mergedStream = pipeSubprocessStream(sourceStream, destinationStream, maxListenersController);
    return await Promise.race([
      waitForBothSubprocesses(subprocessPromises),
      ...unpipeOnAbort(unpipeSignal, {
        sourceStream,
        mergedStream,
        sourceOptions,
        fileDescriptors,
        startTime
      })
    ]);
  } finally {
    maxListenersController.abort();
  }
};
var getSubprocessPromises = (sourcePromise, destination) => Promise.allSettled([sourcePromise, destination]);

// node_modules/execa/lib/io/contents.js
import { setImmediate as setImmediate2 } from "node:timers/promises";

// node_modules/execa/lib/io/iterate.js
import { on as on5 } from "node:events";
import { getDefaultHighWaterMark as getDefaultHighWaterMark3 } from "node:stream";
var iterateOnSubprocessStream = ({ subprocessStdout, subprocess, binary, shouldEncode, encoding, preserveNewlines }) => {
  const controller = new AbortController();
  stopReadingOnExit(subprocess, controller);
  return iterateOnStream({
    stream: subprocessStdout,
    controller,
    binary,
    shouldEncode: !subprocessStdout.readableObjectMode && shouldEncode,
    encoding,
    shouldSplit: !subprocessStdout.readableObjectMode,
    preserveNewlines
  });
};
var stopReadingOnExit = async (subprocess, controller) => {
  try {
    await subprocess;
  } catch {
  } finally {
    controller.abort();
  }
};
var iterateForResult = ({ stream, onStreamEnd, lines, encoding, stripFinalNewline: stripFinalNewline2, allMixed }) => {
  const controller = new AbortController();
  stopReadingOnStreamEnd(onStreamEnd, controller, stream);
  const objectMode = stream.readableObjectMode && !allMixed;
  return iterateOnStream({
    stream,
    controller,
    binary: encoding === "buffer",
    shouldEncode: !objectMode,
    encoding,
    shouldSplit: !objectMode && lines,
    preserveNewlines: !stripFinalNewline2
  });
};
var stopReadingOnStreamEnd = async (onStreamEnd, controller, stream) => {
  try {
    await onStreamEnd;
  } catch {
    stream.destroy();
  } finally {
    controller.abort();
  }
};
var iterateOnStream = ({ stream, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => {
  const onStdoutChunk = on5(stream, "data", {
    signal: controller.signal,
    highWaterMark: HIGH_WATER_MARK,
    // Backward compatibility with older name for this option
    // See https://github.com/nodejs/node/pull/52080#discussion_r1525227861
    // @todo Remove after removing support for Node 21
    highWatermark: HIGH_WATER_MARK
  });
  return iterateOnData({
    onStdoutChunk,
    controller,
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
};
var DEFAULT_OBJECT_HIGH_WATER_MARK = getDefaultHighWaterMark3(true);
var HIGH_WATER_MARK = DEFAULT_OBJECT_HIGH_WATER_MARK;
var iterateOnData = async function* ({ onStdoutChunk, controller, binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) {
  const generators = getGenerators({
    binary,
    shouldEncode,
    encoding,
    shouldSplit,
    preserveNewlines
  });
  try {
    for await (const [chunk] of onStdoutChunk) {
      yield* transformChunkSync(chunk, generators, 0);
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      throw error;
    }
  } finally {
    yield* finalChunksSync(generators);
  }
};
var getGenerators = ({ binary, shouldEncode, encoding, shouldSplit, preserveNewlines }) => [
  getEncodingTransformGenerator(binary, encoding, !shouldEncode),
  getSplitLinesGenerator(binary, preserveNewlines, !shouldSplit, {})
].filter(Boolean);

// node_modules/execa/lib/io/contents.js
var getStreamOutput = async ({ stream, onStreamEnd, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  const logPromise = logOutputAsync({
    stream,
    onStreamEnd,
    fdNumber,
    encoding,
    allMixed,
    verboseInfo,
    streamInfo
  });
  if (!buffer) {
    await Promise.all([resumeStream(stream), logPromise]);
    return;
  }
  const stripFinalNewlineValue = getStripFinalNewline(stripFinalNewline2, fdNumber);
  const iterable = iterateForResult({
    stream,
    onStreamEnd,
    lines,
    encoding,
    stripFinalNewline: stripFinalNewlineValue,
    allMixed
  });
  const [output] = await Promise.all([
    getStreamContents2({
      stream,
      iterable,
      fdNumber,
      encoding,
      maxBuffer,
      lines
    }),
    logPromise
  ]);
  return output;
};
var logOutputAsync = async ({ stream, onStreamEnd, fdNumber, encoding, allMixed, verboseInfo, streamInfo: { fileDescriptors } }) => {
  if (!shouldLogOutput({
    stdioItems: fileDescriptors[fdNumber]?.stdioItems,
    encoding,
    verboseInfo,
    fdNumber
  })) {
    return;
  }
  const linesIterable = iterateForResult({
    stream,
    onStreamEnd,
    lines: true,
    encoding,
    stripFinalNewline: true,
    allMixed
  });
  await logLines(linesIterable, stream, fdNumber, verboseInfo);
};
var resumeStream = async (stream) => {
  await setImmediate2();
  if (stream.readableFlowing === null) {
    stream.resume();
  }
};
var getStreamContents2 = async ({ stream, stream: { readableObjectMode }, iterable, fdNumber, encoding, maxBuffer, lines }) => {
  try {
    if (readableObjectMode || lines) {
      return await getStreamAsArray(iterable, { maxBuffer });
    }
    if (encoding === "buffer") {
      return new Uint8Array(await getStreamAsArrayBuffer(iterable, { maxBuffer }));
    }
    return await getStreamAsString(iterable, { maxBuffer });
  } catch (error) {
    return handleBufferedData(handleMaxBuffer({
      error,
      stream,
      readableObjectMode,
      lines,
      encoding,
      fdNumber
    }));
  }
};
var getBufferedData = async (streamPromise) => {
  try {
    return await streamPromise;
  } catch (error) {
    return handleBufferedData(error);
  }
};
var handleBufferedData = ({ bufferedData }) => isArrayBuffer(bufferedData) ? new Uint8Array(bufferedData) : bufferedData;

// node_modules/execa/lib/resolve/wait-stream.js
import { finished as finished5 } from "node:stream/promises";
var waitForStream = async (stream, fdNumber, streamInfo, { isSameDirection, stopOnExit = false } = {}) => {
  const state = handleStdinDestroy(stream, streamInfo);
  const abortController = new AbortController();
  try {
    await Promise.race([
      ...stopOnExit ? [streamInfo.exitPromise] : [],
      finished5(stream, { cleanup: true, signal: abortController.signal })
    ]);
  } catch (error) {
    if (!state.stdinCleanedUp) {
      handleStreamError(error, fdNumber, streamInfo, isSameDirection);
    }
  } finally {
    abortController.abort();
  }
};
var handleStdinDestroy = (stream, { originalStreams: [originalStdin], subprocess }) => {
  const state = { stdinCleanedUp: false };
  if (stream === originalStdin) {
    spyOnStdinDestroy(stream, subprocess, state);
  }
  return state;
};
var spyOnStdinDestroy = (subprocessStdin, subprocess, state) => {
  const { _destroy } = subprocessStdin;
  subprocessStdin._destroy = (...destroyArguments) => {
    setStdinCleanedUp(subprocess, state);
    _destroy.call(subprocessStdin, ...destroyArguments);
  };
};
var setStdinCleanedUp = ({ exitCode, signalCode }, state) => {
  if (exitCode !== null || signalCode !== null) {
    state.stdinCleanedUp = true;
  }
};
var handleStreamError = (error, fdNumber, streamInfo, isSameDirection) => {
  if (!shouldIgnoreStreamError(error, fdNumber, streamInfo, isSameDirection)) {
    throw error;
  }
};
var shouldIgnoreStreamError = (error, fdNumber, streamInfo, isSameDirection = true) => {
  if (streamInfo.propagating) {
    return isStreamEpipe(error) || isStreamAbort(error);
  }
  streamInfo.propagating = true;
  return isInputFileDescriptor(streamInfo, fdNumber) === isSameDirection ? isStreamEpipe(error) : isStreamAbort(error);
};
var isInputFileDescriptor = ({ fileDescriptors }, fdNumber) => fdNumber !== "all" && fileDescriptors[fdNumber].direction === "input";
var isStreamAbort = (error) => error?.code === "ERR_STREAM_PREMATURE_CLOSE";
var isStreamEpipe = (error) => error?.code === "EPIPE";

// node_modules/execa/lib/resolve/stdio.js
var waitForStdioStreams = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => subprocess.stdio.map((stream, fdNumber) => waitForSubprocessStream({
  stream,
  fdNumber,
  encoding,
  buffer: buffer[fdNumber],
  maxBuffer: maxBuffer[fdNumber],
  lines: lines[fdNumber],
  allMixed: false,
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
}));
var waitForSubprocessStream = async ({ stream, fdNumber, encoding, buffer, maxBuffer, lines, allMixed, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => {
  if (!stream) {
    return;
  }
  const onStreamEnd = waitForStream(stream, fdNumber, streamInfo);
  if (isInputFileDescriptor(streamInfo, fdNumber)) {
    await onStreamEnd;
    return;
  }
  const [output] = await Promise.all([
    getStreamOutput({
      stream,
      onStreamEnd,
      fdNumber,
      encoding,
      buffer,
      maxBuffer,
      lines,
      allMixed,
      stripFinalNewline: stripFinalNewline2,
      verboseInfo,
      streamInfo
    }),
    onStreamEnd
  ]);
  return output;
};

// node_modules/execa/lib/resolve/all-async.js
var makeAllStream = ({ stdout, stderr }, { all }) => all && (stdout || stderr) ? mergeStreams([stdout, stderr].filter(Boolean)) : void 0;
var waitForAllStream = ({ subprocess, encoding, buffer, maxBuffer, lines, stripFinalNewline: stripFinalNewline2, verboseInfo, streamInfo }) => waitForSubprocessStream({
  ...getAllStream(subprocess, buffer),
  fdNumber: "all",
  encoding,
  maxBuffer: maxBuffer[1] + maxBuffer[2],
  lines: lines[1] || lines[2],
  allMixed: getAllMixed(subprocess),
  stripFinalNewline: stripFinalNewline2,
  verboseInfo,
  streamInfo
});
var getAllStream = ({ stdout, stderr, all }, [, bufferStdout, bufferStderr]) => {
  const buffer = bufferStdout || bufferStderr;
  if (!buffer) {
    return { stream: all, buffer };
  }
  if (!bufferStdout) {
    return { stream: stderr, buffer };
  }
  if (!bufferStderr) {
    return { stream: stdout, buffer };
  }
  return { stream: all, buffer };
};
var getAllMixed = ({ all, stdout, stderr }) => all && stdout && stderr && stdout.readableObjectMode !== stderr.readableObjectMode;

// node_modules/execa/lib/resolve/wait-subprocess.js
import { once as once8 } from "node:events";

// node_modules/execa/lib/verbose/ipc.js
var shouldLogIpc = (verboseInfo) => isFullVerbose(verboseInfo, "ipc");
var logIpcOutput = (message, verboseInfo) => {
  const verboseMessage = serializeVerboseMessage(message);
  verboseLog({
    type: "ipc",
    verboseMessage,
    fdNumber: "ipc",
    verboseInfo
  });
};

// node_modules/execa/lib/ipc/buffer-messages.js
var waitForIpcOutput = async ({
  subprocess,
  buffer: bufferArray,
  maxBuffer: maxBufferArray,
  ipc,
  ipcOutput,
  verboseInfo
}) => {
  if (!ipc) {
    return ipcOutput;
  }
  const isVerbose2 = shouldLogIpc(verboseInfo);
  const buffer = getFdSpecificValue(bufferArray, "ipc");
  const maxBuffer = getFdSpecificValue(maxBufferArray, "ipc");
  for await (const message of loopOnMessages({
    anyProcess: subprocess,
    channel: subprocess.channel,
    isSubprocess: false,
    ipc,
    shouldAwait: false,
    reference: true
  })) {
    if (buffer) {
      checkIpcMaxBuffer(subprocess, ipcOutput, maxBuffer);
      ipcOutput.push(message);
    }
    if (isVerbose2) {
      logIpcOutput(message, verboseInfo);
    }
  }
  return ipcOutput;
};
var getBufferedIpcOutput = async (ipcOutputPromise, ipcOutput) => {
  await Promise.allSettled([ipcOutputPromise]);
  return ipcOutput;
};

// node_modules/execa/lib/resolve/wait-subprocess.js
var waitForSubprocessResult = async ({
  subprocess,
  options: {
    encoding,
    buffer,
    maxBuffer,
    lines,
    timeoutDuration: timeout,
    cancelSignal,
    gracefulCancel,
    forceKillAfterDelay,
    stripFinalNewline: stripFinalNewline2,
    ipc,
    ipcInput
  },
  context,
  verboseInfo,
  fileDescriptors,
  originalStreams,
  onInternalError,
  controller
}) => {
  const exitPromise = waitForExit(subprocess, context);
  const streamInfo = {
    originalStreams,
    fileDescriptors,
    subprocess,
    exitPromise,
    propagating: false
  };
  const stdioPromises = waitForStdioStreams({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const allPromise = waitForAllStream({
    subprocess,
    encoding,
    buffer,
    maxBuffer,
    lines,
    stripFinalNewline: stripFinalNewline2,
    verboseInfo,
    streamInfo
  });
  const ipcOutput = [];
  const ipcOutputPromise = waitForIpcOutput({
    subprocess,
    buffer,
    maxBuffer,
    ipc,
    ipcOutput,
    verboseInfo
  });
  const originalPromises = waitForOriginalStreams(originalStreams, subprocess, streamInfo);
  const customStreamsEndPromises = waitForCustomStreamsEnd(fileDescriptors, streamInfo);
  try {
    return await Promise.race([
      Promise.all([
        {},
        waitForSuccessfulExit(exitPromise),
        Promise.all(stdioPromises),
        allPromise,
        ipcOutputPromise,
        sendIpcInput(subprocess, ipcInput),
        ...originalPromises,
        ...customStreamsEndPromises
      ]),
      onInternalError,
      throwOnSubprocessError(subprocess, controller),
      ...throwOnTimeout(subprocess, timeout, context, controller),
      ...throwOnCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        context,
        controller
      }),
      ...throwOnGracefulCancel({
        subprocess,
        cancelSignal,
        gracefulCancel,
        forceKillAfterDelay,
        context,
        controller
      })
    ]);
  } catch (error) {
    context.terminationReason ??= "other";
    return Promise.all([
      { error },
      exitPromise,
      Promise.all(stdioPromises.map((stdioPromise) => getBufferedData(stdioPromise))),
      getBufferedData(allPromise),
      getBufferedIpcOutput(ipcOutputPromise, ipcOutput),
      Promise.allSettled(originalPromises),
      Promise.allSettled(customStreamsEndPromises)
    ]);
  }
};
var waitForOriginalStreams = (originalStreams, subprocess, streamInfo) => originalStreams.map((stream, fdNumber) => stream === subprocess.stdio[fdNumber] ? void 0 : waitForStream(stream, fdNumber, streamInfo));
var waitForCustomStreamsEnd = (fileDescriptors, streamInfo) => fileDescriptors.flatMap(({ stdioItems }, fdNumber) => stdioItems.filter(({ value, stream = value }) => isStream(stream, { checkOpen: false }) && !isStandardStream(stream)).map(({ type, value, stream = value }) => waitForStream(stream, fdNumber, streamInfo, {
  isSameDirection: TRANSFORM_TYPES.has(type),
  stopOnExit: type === "native"
})));
var throwOnSubprocessError = async (subprocess, { signal }) => {
  const [error] = await once8(subprocess, "error", { signal });
  throw error;
};

// node_modules/execa/lib/convert/concurrent.js
var initializeConcurrentStreams = () => ({
  readableDestroy: /* @__PURE__ */ new WeakMap(),
  writableFinal: /* @__PURE__ */ new WeakMap(),
  writableDestroy: /* @__PURE__ */ new WeakMap()
});
var addConcurrentStream = (concurrentStreams, stream, waitName) => {
  const weakMap = concurrentStreams[waitName];
  if (!weakMap.has(stream)) {
    weakMap.set(stream, []);
  }
  const promises = weakMap.get(stream);
  const promise = createDeferred();
  promises.push(promise);
  const resolve = promise.resolve.bind(promise);
  return { resolve, promises };
};
var waitForConcurrentStreams = async ({ resolve, promises }, subprocess) => {
  resolve();
  const [isSubprocessExit] = await Promise.race([
    Promise.allSettled([true, subprocess]),
    Promise.all([false, ...promises])
  ]);
  return !isSubprocessExit;
};

// node_modules/execa/lib/convert/readable.js
import { Readable as Readable3 } from "node:stream";
import { callbackify as callbackify2 } from "node:util";

// node_modules/execa/lib/convert/shared.js
import { finished as finished6 } from "node:stream/promises";
var safeWaitForSubprocessStdin = async (subprocessStdin) => {
  if (subprocessStdin === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdin(subprocessStdin);
  } catch {
  }
};
var safeWaitForSubprocessStdout = async (subprocessStdout) => {
  if (subprocessStdout === void 0) {
    return;
  }
  try {
    await waitForSubprocessStdout(subprocessStdout);
  } catch {
  }
};
var waitForSubprocessStdin = async (subprocessStdin) => {
  await finished6(subprocessStdin, { cleanup: true, readable: false, writable: true });
};
var waitForSubprocessStdout = async (subprocessStdout) => {
  await finished6(subprocessStdout, { cleanup: true, readable: true, writable: false });
};
var waitForSubprocess = async (subprocess, error) => {
  await subprocess;
  if (error) {
    throw error;
  }
};
var destroyOtherStream = (stream, isOpen, error) => {
  if (error && !isStreamAbort(error)) {
    stream.destroy(error);
  } else if (isOpen) {
    stream.destroy();
  }
};

// node_modules/execa/lib/convert/readable.js
var createReadable = ({ subprocess, concurrentStreams, encoding }, { from, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const readable2 = new Readable3({
    read,
    destroy: callbackify2(onReadableDestroy.bind(void 0, { subprocessStdout, subprocess, waitReadableDestroy })),
    highWaterMark: readableHighWaterMark,
    objectMode: readableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: readable2,
    subprocess
  });
  return readable2;
};
var getSubprocessStdout = (subprocess, from, concurrentStreams) => {
  const subprocessStdout = getFromStream(subprocess, from);
  const waitReadableDestroy = addConcurrentStream(concurrentStreams, subprocessStdout, "readableDestroy");
  return { subprocessStdout, waitReadableDestroy };
};
var getReadableOptions = ({ readableEncoding, readableObjectMode, readableHighWaterMark }, binary) => binary ? { readableEncoding, readableObjectMode, readableHighWaterMark } : { readableEncoding, readableObjectMode: true, readableHighWaterMark: DEFAULT_OBJECT_HIGH_WATER_MARK };
var getReadableMethods = ({ subprocessStdout, subprocess, binary, encoding, preserveNewlines }) => {
  const onStdoutDataDone = createDeferred();
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: !binary,
    encoding,
    preserveNewlines
  });
  return {
    read() {
      onRead(this, onStdoutData, onStdoutDataDone);
    },
    onStdoutDataDone
  };
};
var onRead = async (readable2, onStdoutData, onStdoutDataDone) => {
  try {
    const { value, done } = await onStdoutData.next();
    if (done) {
      onStdoutDataDone.resolve();
    } else {
      readable2.push(value);
    }
  } catch {
  }
};
var onStdoutFinished = async ({ subprocessStdout, onStdoutDataDone, readable: readable2, subprocess, subprocessStdin }) => {
  try {
    await waitForSubprocessStdout(subprocessStdout);
    await subprocess;
    await safeWaitForSubprocessStdin(subprocessStdin);
    await onStdoutDataDone;
    if (readable2.readable) {
      readable2.push(null);
    }
  } catch (error) {
    await safeWaitForSubprocessStdin(subprocessStdin);
    destroyOtherReadable(readable2, error);
  }
};
var onReadableDestroy = async ({ subprocessStdout, subprocess, waitReadableDestroy }, error) => {
  if (await waitForConcurrentStreams(waitReadableDestroy, subprocess)) {
    destroyOtherReadable(subprocessStdout, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherReadable = (stream, error) => {
  destroyOtherStream(stream, stream.readable, error);
};

// node_modules/execa/lib/convert/writable.js
import { Writable as Writable3 } from "node:stream";
import { callbackify as callbackify3 } from "node:util";
var createWritable = ({ subprocess, concurrentStreams }, { to } = {}) => {
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const writable2 = new Writable3({
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify3(onWritableDestroy.bind(void 0, {
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    })),
    highWaterMark: subprocessStdin.writableHighWaterMark,
    objectMode: subprocessStdin.writableObjectMode
  });
  onStdinFinished(subprocessStdin, writable2);
  return writable2;
};
var getSubprocessStdin = (subprocess, to, concurrentStreams) => {
  const subprocessStdin = getToStream(subprocess, to);
  const waitWritableFinal = addConcurrentStream(concurrentStreams, subprocessStdin, "writableFinal");
  const waitWritableDestroy = addConcurrentStream(concurrentStreams, subprocessStdin, "writableDestroy");
  return { subprocessStdin, waitWritableFinal, waitWritableDestroy };
};
var getWritableMethods = (subprocessStdin, subprocess, waitWritableFinal) => ({
  write: onWrite.bind(void 0, subprocessStdin),
  final: callbackify3(onWritableFinal.bind(void 0, subprocessStdin, subprocess, waitWritableFinal))
});
var onWrite = (subprocessStdin, chunk, encoding, done) => {
  if (subprocessStdin.write(chunk, encoding)) {
    done();
  } else {
    subprocessStdin.once("drain", done);
  }
};
var onWritableFinal = async (subprocessStdin, subprocess, waitWritableFinal) => {
  if (await waitForConcurrentStreams(waitWritableFinal, subprocess)) {
    if (subprocessStdin.writable) {
      subprocessStdin.end();
    }
    await subprocess;
  }
};
var onStdinFinished = async (subprocessStdin, writable2, subprocessStdout) => {
  try {
    await waitForSubprocessStdin(subprocessStdin);
    if (writable2.writable) {
      writable2.end();
    }
  } catch (error) {
    await safeWaitForSubprocessStdout(subprocessStdout);
    destroyOtherWritable(writable2, error);
  }
};
var onWritableDestroy = async ({ subprocessStdin, subprocess, waitWritableFinal, waitWritableDestroy }, error) => {
  await waitForConcurrentStreams(waitWritableFinal, subprocess);
  if (await waitForConcurrentStreams(waitWritableDestroy, subprocess)) {
    destroyOtherWritable(subprocessStdin, error);
    await waitForSubprocess(subprocess, error);
  }
};
var destroyOtherWritable = (stream, error) => {
  destroyOtherStream(stream, stream.writable, error);
};

// node_modules/execa/lib/convert/duplex.js
import { Duplex as Duplex3 } from "node:stream";
import { callbackify as callbackify4 } from "node:util";
var createDuplex = ({ subprocess, concurrentStreams, encoding }, { from, to, binary: binaryOption = true, preserveNewlines = true } = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const { subprocessStdout, waitReadableDestroy } = getSubprocessStdout(subprocess, from, concurrentStreams);
  const { subprocessStdin, waitWritableFinal, waitWritableDestroy } = getSubprocessStdin(subprocess, to, concurrentStreams);
  const { readableEncoding, readableObjectMode, readableHighWaterMark } = getReadableOptions(subprocessStdout, binary);
  const { read, onStdoutDataDone } = getReadableMethods({
    subprocessStdout,
    subprocess,
    binary,
    encoding,
    preserveNewlines
  });
  const duplex2 = new Duplex3({
    read,
    ...getWritableMethods(subprocessStdin, subprocess, waitWritableFinal),
    destroy: callbackify4(onDuplexDestroy.bind(void 0, {
      subprocessStdout,
      subprocessStdin,
      subprocess,
      waitReadableDestroy,
      waitWritableFinal,
      waitWritableDestroy
    })),
    readableHighWaterMark,
    writableHighWaterMark: subprocessStdin.writableHighWaterMark,
    readableObjectMode,
    writableObjectMode: subprocessStdin.writableObjectMode,
    encoding: readableEncoding
  });
  onStdoutFinished({
    subprocessStdout,
    onStdoutDataDone,
    readable: duplex2,
    subprocess,
    subprocessStdin
  });
  onStdinFinished(subprocessStdin, duplex2, subprocessStdout);
  return duplex2;
};
var onDuplexDestroy = async ({ subprocessStdout, subprocessStdin, subprocess, waitReadableDestroy, waitWritableFinal, waitWritableDestroy }, error) => {
  await Promise.all([
    onReadableDestroy({ subprocessStdout, subprocess, waitReadableDestroy }, error),
    onWritableDestroy({
      subprocessStdin,
      subprocess,
      waitWritableFinal,
      waitWritableDestroy
    }, error)
  ]);
};

// node_modules/execa/lib/convert/iterable.js
var createIterable = (subprocess, encoding, {
  from,
  binary: binaryOption = false,
  preserveNewlines = false
} = {}) => {
  const binary = binaryOption || BINARY_ENCODINGS.has(encoding);
  const subprocessStdout = getFromStream(subprocess, from);
  const onStdoutData = iterateOnSubprocessStream({
    subprocessStdout,
    subprocess,
    binary,
    shouldEncode: true,
    encoding,
    preserveNewlines
  });
  return iterateOnStdoutData(onStdoutData, subprocessStdout, subprocess);
};
var iterateOnStdoutData = async function* (onStdoutData, subprocessStdout, subprocess) {
  try {
    yield* onStdoutData;
  } finally {
    if (subprocessStdout.readable) {
      subprocessStdout.destroy();
    }
    await subprocess;
  }
};

// node_modules/execa/lib/convert/add.js
var addConvertedStreams = (subprocess, { encoding }) => {
  const concurrentStreams = initializeConcurrentStreams();
  subprocess.readable = createReadable.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.writable = createWritable.bind(void 0, { subprocess, concurrentStreams });
  subprocess.duplex = createDuplex.bind(void 0, { subprocess, concurrentStreams, encoding });
  subprocess.iterable = createIterable.bind(void 0, subprocess, encoding);
  subprocess[Symbol.asyncIterator] = createIterable.bind(void 0, subprocess, encoding, {});
};

// node_modules/execa/lib/methods/promise.js
var mergePromise = (subprocess, promise) => {
  for (const [property, descriptor] of descriptors) {
    const value = descriptor.value.bind(promise);
    Reflect.defineProperty(subprocess, property, { ...descriptor, value });
  }
};
var nativePromisePrototype = (async () => {
})().constructor.prototype;
var descriptors = ["then", "catch", "finally"].map((property) => [
  property,
  Reflect.getOwnPropertyDescriptor(nativePromisePrototype, property)
]);

// node_modules/execa/lib/methods/main-async.js
var execaCoreAsync = (rawFile, rawArguments, rawOptions, createNested) => {
  const { file, commandArguments, command, escapedCommand, startTime, verboseInfo, options, fileDescriptors } = handleAsyncArguments(rawFile, rawArguments, rawOptions);
  const { subprocess, promise } = spawnSubprocessAsync({
    file,
    commandArguments,
    options,
    startTime,
    verboseInfo,
    command,
    escapedCommand,
    fileDescriptors
  });
  subprocess.pipe = pipeToSubprocess.bind(void 0, {
    source: subprocess,
    sourcePromise: promise,
    boundOptions: {},
    createNested
  });
  mergePromise(subprocess, promise);
  SUBPROCESS_OPTIONS.set(subprocess, { options, fileDescriptors });
  return subprocess;
};
var handleAsyncArguments = (rawFile, rawArguments, rawOptions) => {
  const { command, escapedCommand, startTime, verboseInfo } = handleCommand(rawFile, rawArguments, rawOptions);
  const { file, commandArguments, options: normalizedOptions } = normalizeOptions(rawFile, rawArguments, rawOptions);
  const options = handleAsyncOptions(normalizedOptions);
  const fileDescriptors = handleStdioAsync(options, verboseInfo);
  return {
    file,
    commandArguments,
    command,
    escapedCommand,
    startTime,
    verboseInfo,
    options,
    fileDescriptors
  };
};
var handleAsyncOptions = ({ timeout, signal, ...options }) => {
  if (signal !== void 0) {
    throw new TypeError('The "signal" option has been renamed to "cancelSignal" instead.');
  }
  return { ...options, timeoutDuration: timeout };
};
var spawnSubprocessAsync = ({ file, commandArguments, options, startTime, verboseInfo, command, escapedCommand, fileDescriptors }) => {
  let subprocess;
  try {
    subprocess = spawn2(...concatenateShell(file, commandArguments, options));
  } catch (error) {
    return handleEarlyError({
      error,
      command,
      escapedCommand,
      fileDescriptors,
      options,
      startTime,
      verboseInfo
    });
  }
  const controller = new AbortController();
  setMaxListeners(Number.POSITIVE_INFINITY, controller.signal);
  const originalStreams = [...subprocess.stdio];
  pipeOutputAsync(subprocess, fileDescriptors, controller);
  cleanupOnExit(subprocess, options, controller);
  const context = {};
  const onInternalError = createDeferred();
  subprocess.kill = subprocessKill.bind(void 0, {
    kill: subprocess.kill.bind(subprocess),
    options,
    onInternalError,
    context,
    controller
  });
  subprocess.all = makeAllStream(subprocess, options);
  addConvertedStreams(subprocess, options);
  addIpcMethods(subprocess, options);
  const promise = handlePromise({
    subprocess,
    options,
    startTime,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    command,
    escapedCommand,
    context,
    onInternalError,
    controller
  });
  return { subprocess, promise };
};
var handlePromise = async ({ subprocess, options, startTime, verboseInfo, fileDescriptors, originalStreams, command, escapedCommand, context, onInternalError, controller }) => {
  const [
    errorInfo,
    [exitCode, signal],
    stdioResults,
    allResult,
    ipcOutput
  ] = await waitForSubprocessResult({
    subprocess,
    options,
    context,
    verboseInfo,
    fileDescriptors,
    originalStreams,
    onInternalError,
    controller
  });
  controller.abort();
  onInternalError.resolve();
  const stdio = stdioResults.map((stdioResult, fdNumber) => stripNewline(stdioResult, options, fdNumber));
  const all = stripNewline(allResult, options, "all");
  const result = getAsyncResult({
    errorInfo,
    exitCode,
    signal,
    stdio,
    all,
    ipcOutput,
    context,
    options,
    command,
    escapedCommand,
    startTime
  });
  return handleResult(result, verboseInfo, options);
};
var getAsyncResult = ({ errorInfo, exitCode, signal, stdio, all, ipcOutput, context, options, command, escapedCommand, startTime }) => "error" in errorInfo ? makeError({
  error: errorInfo.error,
  command,
  escapedCommand,
  timedOut: context.terminationReason === "timeout",
  isCanceled: context.terminationReason === "cancel" || context.terminationReason === "gracefulCancel",
  isGracefullyCanceled: context.terminationReason === "gracefulCancel",
  isMaxBuffer: errorInfo.error instanceof MaxBufferError,
  isForcefullyTerminated: context.isForcefullyTerminated,
  exitCode,
  signal,
  stdio,
  all,
  ipcOutput,
  options,
  startTime,
  isSync: false
}) : makeSuccessResult({
  command,
  escapedCommand,
  stdio,
  all,
  ipcOutput,
  options,
  startTime
});

// node_modules/execa/lib/methods/bind.js
var mergeOptions = (boundOptions, options) => {
  const newOptions = Object.fromEntries(
    Object.entries(options).map(([optionName, optionValue]) => [
      optionName,
      mergeOption(optionName, boundOptions[optionName], optionValue)
    ])
  );
  return { ...boundOptions, ...newOptions };
};
var mergeOption = (optionName, boundOptionValue, optionValue) => {
  if (DEEP_OPTIONS.has(optionName) && isPlainObject(boundOptionValue) && isPlainObject(optionValue)) {
    return { ...boundOptionValue, ...optionValue };
  }
  return optionValue;
};
var DEEP_OPTIONS = /* @__PURE__ */ new Set(["env", ...FD_SPECIFIC_OPTIONS]);

// node_modules/execa/lib/methods/create.js
var createExeca = (mapArguments, boundOptions, deepOptions, setBoundExeca) => {
  const createNested = (mapArguments2, boundOptions2, setBoundExeca2) => createExeca(mapArguments2, boundOptions2, deepOptions, setBoundExeca2);
  const boundExeca = (...execaArguments) => callBoundExeca({
    mapArguments,
    deepOptions,
    boundOptions,
    setBoundExeca,
    createNested
  }, ...execaArguments);
  if (setBoundExeca !== void 0) {
    setBoundExeca(boundExeca, createNested, boundOptions);
  }
  return boundExeca;
};
var callBoundExeca = ({ mapArguments, deepOptions = {}, boundOptions = {}, setBoundExeca, createNested }, firstArgument, ...nextArguments) => {
  if (isPlainObject(firstArgument)) {
    return createNested(mapArguments, mergeOptions(boundOptions, firstArgument), setBoundExeca);
  }
  const { file, commandArguments, options, isSync } = parseArguments({
    mapArguments,
    firstArgument,
    nextArguments,
    deepOptions,
    boundOptions
  });
  return isSync ? execaCoreSync(file, commandArguments, options) : execaCoreAsync(file, commandArguments, options, createNested);
};
var parseArguments = ({ mapArguments, firstArgument, nextArguments, deepOptions, boundOptions }) => {
  const callArguments = isTemplateString(firstArgument) ? parseTemplates(firstArgument, nextArguments) : [firstArgument, ...nextArguments];
  const [initialFile, initialArguments, initialOptions] = normalizeParameters(...callArguments);
  const mergedOptions = mergeOptions(mergeOptions(deepOptions, boundOptions), initialOptions);
  const {
    file = initialFile,
    commandArguments = initialArguments,
    options = mergedOptions,
    isSync = false
  } = mapArguments({ file: initialFile, commandArguments: initialArguments, options: mergedOptions });
  return {
    file,
    commandArguments,
    options,
    isSync
  };
};

// node_modules/execa/lib/methods/command.js
var mapCommandAsync = ({ file, commandArguments }) => parseCommand(file, commandArguments);
var mapCommandSync = ({ file, commandArguments }) => ({ ...parseCommand(file, commandArguments), isSync: true });
var parseCommand = (command, unusedArguments) => {
  if (unusedArguments.length > 0) {
    throw new TypeError(`The command and its arguments must be passed as a single string: ${command} ${unusedArguments}.`);
  }
  const [file, ...commandArguments] = parseCommandString(command);
  return { file, commandArguments };
};
var parseCommandString = (command) => {
  if (typeof command !== "string") {
    throw new TypeError(`The command must be a string: ${String(command)}.`);
  }
  const trimmedCommand = command.trim();
  if (trimmedCommand === "") {
    return [];
  }
  const tokens = [];
  for (const token of trimmedCommand.split(SPACES_REGEXP)) {
    const previousToken = tokens.at(-1);
    if (previousToken && previousToken.endsWith("\\")) {
      tokens[tokens.length - 1] = `${previousToken.slice(0, -1)} ${token}`;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
};
var SPACES_REGEXP = / +/g;

// node_modules/execa/lib/methods/script.js
var setScriptSync = (boundExeca, createNested, boundOptions) => {
  boundExeca.sync = createNested(mapScriptSync, boundOptions);
  boundExeca.s = boundExeca.sync;
};
var mapScriptAsync = ({ options }) => getScriptOptions(options);
var mapScriptSync = ({ options }) => ({ ...getScriptOptions(options), isSync: true });
var getScriptOptions = (options) => ({ options: { ...getScriptStdinOption(options), ...options } });
var getScriptStdinOption = ({ input, inputFile, stdio }) => input === void 0 && inputFile === void 0 && stdio === void 0 ? { stdin: "inherit" } : {};
var deepScriptOptions = { preferLocal: true };

// node_modules/execa/index.js
var execa = createExeca(() => ({}));
var execaSync = createExeca(() => ({ isSync: true }));
var execaCommand = createExeca(mapCommandAsync);
var execaCommandSync = createExeca(mapCommandSync);
var execaNode = createExeca(mapNode);
var $ = createExeca(mapScriptAsync, {}, deepScriptOptions, setScriptSync);
var {
  sendMessage: sendMessage2,
  getOneMessage: getOneMessage2,
  getEachMessage: getEachMessage2,
  getCancelSignal: getCancelSignal2
} = getIpcExport();

// src/optimize/native-engine.ts
async function probeNativeWasmOpt(wasmOpt) {
  const result = await execa(wasmOpt, ["--version"], { reject: false });
  if (result.exitCode !== 0) throw new Error(`${wasmOpt} --version failed: ${result.shortMessage}`);
  const help = await execa(wasmOpt, ["--help"], { reject: false, all: true });
  const features2 = new Set([...(help.all ?? "").matchAll(/--enable-([a-z0-9-]+)/g)].map((m) => m[1]));
  return { path: wasmOpt, version: result.stdout.trim(), features: features2 };
}
function nativeFeatureFlags(features2, supported) {
  const flags = /* @__PURE__ */ new Set();
  for (const feature of features2) {
    if (supported.has(feature)) flags.add(`--enable-${feature}`);
    else if (feature === "bulk-memory-opt" && supported.has("bulk-memory")) flags.add("--enable-bulk-memory");
  }
  return ["--mvp-features", ...flags];
}
async function optimizeWithNative(wasmOpt, input, flags, features2, env) {
  return (await optimizeNative(wasmOpt, input, flags, features2, env, false)).bytes;
}
async function optimizeWithNativeNamed(wasmOpt, input, flags, features2, env) {
  return optimizeNative(wasmOpt, input, flags, features2, env, true);
}
async function optimizeNative(wasmOpt, input, flags, features2, env, withNames) {
  const dir = await mkdtemp2(path19.join(os3.tmpdir(), "wasm-gate-opt-"));
  try {
    const inFile = path19.join(dir, "in.wasm");
    const outFile = path19.join(dir, "out.wasm");
    const mapFile = path19.join(dir, "names.txt");
    await writeFile(inFile, input);
    const featureFlags = nativeFeatureFlags(features2, wasmOpt.features);
    const args = [inFile, ...featureFlags, ...flags, "-o", outFile, ...withNames ? [`--symbolmap=${mapFile}`] : []];
    const result = await execa(wasmOpt.path, args, { reject: false, all: true, env, extendEnv: false });
    if (result.exitCode !== 0) throw nativeFailure(wasmOpt, result, featureFlags, flags, features2);
    const bytes2 = new Uint8Array(await readFile3(outFile));
    if (!withNames) return { bytes: bytes2 };
    const map = await readFile3(mapFile, "utf8").catch(() => void 0);
    return { bytes: bytes2, names: map === void 0 ? { names: /* @__PURE__ */ new Map(), problem: `${wasmOpt.path} wrote no symbol map` } : namesFromSymbolMap(map, input) };
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}
function nativeFailure(wasmOpt, result, featureFlags, flags, features2) {
  const output = result.all ?? "";
  if (result.failed && result.exitCode === void 0) return new WasmOptError(`${wasmOpt.path} failed (${result.shortMessage})`, output);
  if (/\[wasm-validator error/.test(output)) {
    const base = featureFlags.slice(1).map((f) => f.slice("--enable-".length));
    return validationError(output, applyFeatureFlags(base, featureFlagsOf(flags), [...wasmOpt.features]), base);
  }
  if (/\[parse exception/.test(output)) return features2.length > 0 ? tooOldError(wasmOpt, output, features2) : readError(output, void 0);
  const last = output.trimEnd().split("\n").slice(-3).join("\n");
  return new WasmOptError(`${wasmOpt.path} failed (exit code ${result.exitCode}): ${last}`, output);
}
function tooOldError(wasmOpt, output, features2) {
  const reason = output.match(/\[parse exception:[^\n]*/)?.[0] ?? "";
  const noFlag = features2.filter((f) => !wasmOpt.features.has(f) && !(f === "bulk-memory-opt" && wasmOpt.features.has("bulk-memory")));
  const lines = [
    `${wasmOpt.path} (${wasmOpt.version}) cannot read the module's features (${features2.join(", ")}): ${reason.slice(0, 200)}`,
    `  this wasm-opt is likely older than their encoding${noFlag.length > 0 ? ` (it has no flag for ${noFlag.join(", ")})` : ""}`,
    `  fix: set optimize.engine to "binaryen" (the bundled binaryen ${BINARYEN_VERSION} reads them), or point optimize.wasmOpt at a newer wasm-opt`
  ];
  return new WasmOptError(lines.join("\n"), output);
}

// src/optimize/optimize.ts
async function createOptimizer(config, env) {
  if (config === false) {
    return { tools: {}, enabled: false, holdsMainThread: false, optimize: async (input) => input, optimizeNamed: async (input) => ({ bytes: input, names: namesOfModule(input) }) };
  }
  if (config.engine === "native") {
    const native = await probeNativeWasmOpt(config.wasmOpt);
    return {
      enabled: true,
      holdsMainThread: false,
      tools: { "wasm-opt": `${native.version} (${config.wasmOpt}, module's features) ${config.flags.join(" ")}`.trim() },
      optimize: (input, features2) => optimizeWithNative(native, input, config.flags, features2, env),
      optimizeNamed: (input, features2) => optimizeWithNativeNamed(native, input, config.flags, features2, env)
    };
  }
  const plan2 = planFromFlags(config.flags);
  return {
    enabled: true,
    holdsMainThread: true,
    tools: { binaryen: `${BINARYEN_VERSION} (npm, in-process, module's features) ${config.flags.join(" ")}`.trim() },
    optimize: (input, features2) => optimizeWithBinaryen(input, plan2, features2),
    optimizeNamed: (input, features2) => optimizeWithBinaryenNamed(input, plan2, features2)
  };
}

// src/reuse/fingerprint.ts
import path20 from "node:path";
var MEASUREMENT_RULES = "m1: gzip 9, brotli 11, sections and functions of the optimized module, demangled names; bench host and counting copy of wasm-gate 0.1";
async function fileDigest(file, limitBytes) {
  try {
    return sha256(await readInputFile(file, "file", limitBytes));
  } catch (error) {
    return `unreadable (${error instanceof InputReadError ? error.code : "error"}) ${file}`;
  }
}
async function fingerprintVariant(config, variant, artifact, tools) {
  const sizes2 = sha256(canonicalJson({ rules: MEASUREMENT_RULES, optimizer: optimizerOf(tools) ?? "none (optimize: false)" }));
  const fingerprint = { artifact: sha256(artifact), sizes: sizes2 };
  if (!config.bench.enabled || variant.bench === false) return fingerprint;
  const own2 = variant.bench;
  const traces = own2?.traces ?? config.bench.traces;
  const imports = own2?.imports ?? config.bench.imports;
  const limitBytes = config.fileSizeLimitMb * 2 ** 20;
  fingerprint.bench = sha256(
    canonicalJson({
      sizes: sizes2,
      counting: COUNTING_RULES,
      exports: own2?.exports ?? config.bench.exports,
      traces: await Promise.all(traces.map(async (file) => ({ name: path20.basename(file), bytes: await fileDigest(file, limitBytes) }))),
      imports: imports === void 0 ? null : await fileDigest(imports, limitBytes),
      memoryLimitMb: config.bench.memoryLimitMb,
      allocator: own2?.allocator ?? config.bench.allocator ?? null
    })
  );
  return fingerprint;
}

// src/reuse/reuse.ts
var ReuseSources = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** What can stand in for measuring this variant, or why nothing can (for the log). */
  async lookup(config, variant, raw, fingerprint) {
    const reasons = [];
    if (this.options.cache) {
      const cached = await this.fromCache(variant, raw, fingerprint);
      if ("found" in cached) return cached;
      if (cached.why !== "not in the cache") reasons.push(cached.why);
    }
    const fromBaseline = this.fromBaseline(config, variant, raw, fingerprint);
    if ("found" in fromBaseline) return fromBaseline;
    return { why: [fromBaseline.why, ...reasons].join("; ") };
  }
  async fromCache(variant, raw, fingerprint) {
    const read = await this.options.cache.read(fingerprint, raw.length);
    if ("why" in read) return read;
    const { entry, optimized } = read;
    const found = {
      source: "cache",
      measurement: entry.measurement,
      optimizedSha256: entry.optimized,
      cached: { optimized, ...entry.functionKeys ? { functionKeys: entry.functionKeys } : {} }
    };
    const counts2 = entry.counts;
    if (counts2 && fingerprint.bench && counts2.bench === fingerprint.bench && this.atStoredIterations(variant.name, counts2.results)) {
      found.counts = { results: counts2.results, startMemoryBytes: counts2.startMemoryBytes };
    }
    return { found };
  }
  fromBaseline(config, variant, raw, fingerprint) {
    const entry = own(this.options.baseline?.variants, variant.name);
    if (!entry) return { why: "not in the baseline" };
    if (isComponent(raw)) return { why: "a component is reused only from a cache (the baseline does not hold its core modules)" };
    const read = readRecord(entry);
    if ("why" in read) return read;
    const { record: record2 } = read;
    if (record2.artifact !== fingerprint.artifact) return { why: "the artifact changed since the baseline" };
    if (record2.sizes !== fingerprint.sizes) return { why: "the optimizer, its flags or the gate's measurement rules changed since the baseline" };
    const trusted = this.options.trustedBaseline;
    if (trusted !== void 0) {
      const base = own(trusted?.variants, variant.name);
      if (!base || canonicalJson(base.measuredFrom) !== canonicalJson(entry.measuredFrom)) {
        return { why: trusted === null ? "the base branch's baseline could not be read to confirm its record" : "its baseline entry is not the base branch's (a pull request's own record is not reused)" };
      }
    }
    const features2 = detectFeatures(raw);
    const measurement2 = {
      size: entry.size,
      sections: entry.sections ?? {},
      features: featureRecord({ features: features2, enabled: featuresToEnable(features2) }),
      ...entry.functions ? { functions: entry.functions } : {},
      ...entry.functionsOmitted ? { functionsOmitted: entry.functionsOmitted } : {},
      ...record2.functionNaming ? { functionNaming: record2.functionNaming } : {}
    };
    const found = { source: "baseline", measurement: measurement2, optimizedSha256: record2.optimized };
    const benchmarked = config.bench.enabled && variant.bench !== false;
    if (benchmarked && this.options.mode === "check" && fingerprint.bench && record2.bench === fingerprint.bench) found.counts = { results: exactCounts(entry) };
    return { found };
  }
  /** True when every count was made at the iterations this run counts that benchmark at. */
  atStoredIterations(variant, results) {
    return Object.entries(results).every(([bench2, r]) => storedIterations(this.options.mode, this.options.baseline, variant, bench2) === r.iterations);
  }
};
function exactCounts(entry) {
  const out = {};
  for (const [name3, b] of Object.entries(entry.bench ?? {})) {
    const { opsPerSec: _o, opsPerSecCi95: _c, samples: _s, ...exact } = b;
    Object.defineProperty(out, name3, { value: exact, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function needsOptimizedBytes(config, variant, found, outDir) {
  if (outDir) return true;
  if (!config.bench.enabled || variant.bench === false) return false;
  if (!found.counts) return true;
  return Object.keys(found.counts.results).length > 0 && config.bench.throughput;
}

// src/shard/shard-run.ts
function selectForRun(config, select) {
  const configured = config.variants.map((v) => v.name);
  let picked;
  try {
    picked = selectVariants(configured, { ...select, ...config.reference ? { reference: config.reference } : {} });
  } catch (error) {
    if (!(error instanceof SelectionError)) throw error;
    return { problem: { kind: "config", file: config.file, message: error.message } };
  }
  const { referenceOnly } = picked;
  const selection = { ...select.shard ? { shard: select.shard } : {}, variants: picked.owned, configVariants: configured };
  const narrowed = { ...config, variants: config.variants.filter((v) => picked.owned.includes(v.name) || v.name === referenceOnly) };
  const note = `${select.shard ? `shard ${select.shard.index}/${select.shard.count}` : "selected"}: ${picked.owned.length} of ${configured.length} variants${referenceOnly ? ` (and the reference ${referenceOnly}, to compare with)` : ""}`;
  return { config: narrowed, shard: { selection, ...referenceOnly ? { referenceOnly } : {}, configured }, note };
}
function ownVariants(compared, shard) {
  if (!shard) return compared;
  return compared.filter((v) => v.name !== shard.referenceOnly && !(v.status === "removed" && shard.configured.includes(v.name)));
}

// src/variant-build/safe-env.ts
var CREDENTIAL_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_CACHE_URL"
]);
var RUNNER_COMMAND_FILES = /* @__PURE__ */ new Set(["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE"]);
var MIN_SUBSTRING_SECRET = 8;
function isCredentialName(name3) {
  return CREDENTIAL_NAMES.has(name3.toUpperCase());
}
function isSecretName(name3) {
  return isCredentialName(name3) || /^INPUT_/i.test(name3);
}
function isRunnerCommandFile(name3) {
  return RUNNER_COMMAND_FILES.has(name3.toUpperCase());
}
function secretForms(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const raw of secrets) {
    const secret = raw.trim();
    if (secret.length < MIN_SUBSTRING_SECRET) continue;
    forms.add(secret);
    forms.add(Buffer.from(`x-access-token:${secret}`).toString("base64"));
    forms.add(Buffer.from(secret).toString("base64").replace(/=+$/, ""));
  }
  return [...forms];
}
function holdsSecret(value, secrets) {
  const trimmed = value.trim();
  if (secrets.some((s) => s.trim().length > 0 && s.trim() === trimmed)) return true;
  return secretForms(secrets).some((form) => value.includes(form));
}
function safeEnvironment(base, secrets = [], extra = {}) {
  const env = {};
  for (const [name3, value] of Object.entries(base)) {
    if (value === void 0 || isSecretName(name3) || isRunnerCommandFile(name3) || holdsSecret(value, secrets)) continue;
    env[name3] = value;
  }
  return { ...env, ...extra };
}

// src/pipeline.ts
async function runGate(options) {
  const header = { mode: options.mode, startedMs: Date.now(), configFile: options.configFile, baselineFile: options.baselineFile };
  const problems = [];
  const finish3 = (run2, variants, tools2, extra = []) => {
    const reference = run2.config?.reference ? { reference: run2.config.reference } : {};
    return { ...run2, results: gateResults({ ...header, ...reference }, variants, tools2, [...problems, ...extra], Date.now()) };
  };
  const loaded = await configStage(options);
  if ("problem" in loaded) {
    problems.push(loaded.problem);
    return finish3(loaded.config ? { config: loaded.config } : {}, [], {});
  }
  const { config, shard } = loaded;
  if (shard) header.selection = shard.selection;
  const { baseline, unwritable, problem: baselineProblem } = await baselineStage(options);
  if (baselineProblem) problems.push(baselineProblem);
  const env = safeEnvironment(options.env ?? process.env, options.secrets ?? []);
  const { optimizer, tools, problem: toolProblem } = await toolsStage(config, env);
  if (toolProblem) problems.push(toolProblem);
  const cache = openCache(options, config);
  const reuse = options.reuse === false ? void 0 : new ReuseSources({ mode: options.mode, baseline, ...options.trustedBaseline !== void 0 ? { trustedBaseline: options.trustedBaseline } : {}, ...cache ? { cache } : {} });
  const soFar = (variants, extra) => finish3({ config }, variants, { ...tools }, extra).results;
  const measured = await measureVariants({ options, config, baseline, env, tools, soFar, ...optimizer ? { optimizer } : {}, ...reuse ? { reuse } : {}, ...shard?.referenceOnly ? { referenceOnly: shard.referenceOnly } : {} });
  if (measured.against) header.against = measured.against;
  Object.assign(tools, measured.bench.tools);
  attachBenchResults(measured.outcomes, measured.bench, config);
  if (cache) await cache.saveRun(measured.outcomes.map((o2) => ({ ...o2, ...measured.kept.get(o2.name), bench: measured.bench.byVariant.get(o2.name) })));
  const checked = options.mode === "check" && baseline ? checkTools({ file: options.baselineFile, tools: baseline.tools }, tools, config.compareAcrossTools) : void 0;
  if (checked?.warning) options.log.warn(checked.warning);
  if (checked?.problem) problems.push(checked.problem);
  const compared = options.mode === "update" ? forUpdate(compareRun(config, baseline, measured.outcomes, /* @__PURE__ */ new Set(), "report")) : compareRun(config, baseline, measured.outcomes, checked?.incomparable ?? /* @__PURE__ */ new Set());
  const run = { config, ...baseline ? { baseline } : {} };
  if (options.mode === "update") {
    const written = await updateStage(options, shard, { file: options.baselineFile, previous: baseline, unwritable, config, outcomes: measured.outcomes, tools, log: options.log });
    if (written?.changed !== void 0) run.baselineChanged = written.changed;
    if (written?.written) problems.splice(0, problems.length, ...problems.filter((p) => p.kind !== "baseline"));
    if (written?.problem) problems.push(written.problem);
  }
  return finish3(run, ownVariants(compared, shard), tools);
}
async function configStage(options) {
  let config;
  try {
    config = await loadConfig(options.configFile);
  } catch (error) {
    return { problem: inputProblem("config", error) };
  }
  if (!options.select) return { config };
  const selected = selectForRun(config, options.select);
  if ("problem" in selected) return { problem: selected.problem, config };
  options.log.info(selected.note);
  return { config: selected.config, shard: selected.shard };
}
async function baselineStage(options) {
  try {
    const baseline = await loadBaseline(options.baselineFile);
    if (!baseline) options.log.info(`no baseline at ${options.baselineFile}: every variant is new (run \`wasm-gate update\` to write one)`);
    return { ...baseline ? { baseline } : {}, unwritable: false };
  } catch (error) {
    return { unwritable: error instanceof InputFileError && error.kind === "newer", problem: inputProblem("baseline", error) };
  }
}
async function toolsStage(config, env) {
  const tools = { node: process.version };
  let optimizer;
  let problem;
  try {
    optimizer = await createOptimizer(config.optimize, env);
    Object.assign(tools, optimizer.tools);
  } catch (error) {
    problem = { kind: "optimize", message: `wasm-opt is not usable: ${error.message}` };
  }
  if (config.bench.enabled) tools.counting = COUNTING_RULES;
  return { ...optimizer ? { optimizer } : {}, tools, ...problem ? { problem } : {} };
}
function openCache(options, config) {
  const setting = options.cacheDir ? { dir: options.cacheDir, maxMb: config.cache?.maxMb ?? DEFAULT_CACHE_MAX_MB } : config.cache;
  return setting ? new GateCache(setting.dir, setting.maxMb * 2 ** 20, options.log) : void 0;
}
async function updateStage(options, shard, update) {
  if (!shard) return writeUpdatedBaseline(update);
  const { shard: spec } = shard.selection;
  options.log.info(`update of ${spec ? `shard ${spec.index}/${spec.count}` : "selected variants"}: the baseline is not written here; \`wasm-gate merge --write-baseline\` writes it from every shard's results`);
  return void 0;
}
function inputProblem(kind2, error) {
  if (error instanceof InputFileError) return { kind: kind2, file: error.file, message: error.message };
  return { kind: kind2, message: String(error?.message ?? error) };
}
async function measureVariants(input) {
  const { options, config } = input;
  const outcomes = [];
  const kept = /* @__PURE__ */ new Map();
  const pending = { measuring: [], logged: Promise.resolve(), progress: Promise.resolve() };
  const stage = new BenchStage({ config, baseline: input.baseline, env: input.env, log: options.log, mode: options.mode });
  const builds = { ms: /* @__PURE__ */ new Map(), timed: /* @__PURE__ */ new Set() };
  try {
    for (const variant of config.variants) {
      outcomes.push(await options.log.group(`wasm-gate: ${variant.name}`, () => variantStage({ ...input, builds }, variant, stage, kept, pending)));
      if (options.onProgress) pending.progress = writeProgress(input, outcomes, pending, options.onProgress);
    }
    const against = await againstStage(input, stage, outcomes, builds);
    const measured = Promise.all([...pending.measuring, pending.logged, pending.progress]);
    measured.catch(() => {
    });
    const bench2 = await stage.finish(() => measured);
    await measured;
    return { outcomes, kept, bench: bench2, ...against ? { against } : {} };
  } finally {
    stage.close();
  }
}
async function againstStage(input, stage, outcomes, builds) {
  const { options, config, optimizer } = input;
  const wanted = options.against;
  if (!wanted || !optimizer) return void 0;
  const timed2 = config.variants.filter((v) => builds.timed.has(v.name) && config.bench.throughput && v.name !== input.referenceOnly);
  if (timed2.length === 0) return wanted.implicit ? void 0 : { ref: wanted.ref, warning: "nothing was compared: no variant has a benchmark to time (with bench.throughput on)" };
  const resolved = await resolveBase(config.dir, wanted, input.env);
  if ("warning" in resolved) {
    options.log.warn(`wasm-gate: --against ${wanted.ref}: ${resolved.warning}; the run goes on without it`);
    return { ref: wanted.ref, warning: resolved.warning };
  }
  const { sha } = resolved;
  const hold = (fn) => optimizer.holdsMainThread ? stage.hold(fn) : fn();
  const records = await measureAtBase({ against: { ref: wanted.ref, sha }, config, variants: timed2, optimizer, env: input.env, log: options.log, hold, addBase: (name3, bytes2) => stage.addBase(name3, bytes2) });
  for (const outcome of outcomes) {
    const headBuildMs = builds.ms.get(outcome.name);
    const record2 = records.get(outcome.name) ?? { status: "skipped", message: config.bench.throughput ? "nothing to time at the head" : "bench.throughput is off: nothing to time" };
    outcome.base = { ...record2, ...headBuildMs === void 0 ? {} : { headBuildMs: Math.round(headBuildMs) } };
  }
  const total = (pick) => seconds(outcomes.reduce((sum, o2) => sum + (pick(o2) ?? 0), 0));
  options.log.info(`builds ran twice (--against ${wanted.ref}): head builds ${total((o2) => o2.base?.headBuildMs)}, base builds ${total((o2) => o2.base?.baseBuildMs)}`);
  return { ref: wanted.ref, sha };
}
async function variantStage(input, variant, stage, kept, pending) {
  const { options, config, optimizer } = input;
  const built = await buildVariant(variant, { env: input.env, fileSizeLimitBytes: config.fileSizeLimitMb * 2 ** 20, onOutput: (line) => options.log.detail(line) });
  input.builds?.ms.set(variant.name, built.durationMs);
  if (built.problem || !built.bytes) return { name: variant.name, problems: built.problem ? [built.problem] : [] };
  const bytes2 = built.bytes;
  const notWasm = artifactProblem(variant.name, variant.artifact, bytes2);
  if (notWasm) return { name: variant.name, problems: [notWasm] };
  if (!optimizer) return { name: variant.name, problems: [] };
  const fingerprint = await fingerprintVariant(config, variant, bytes2, input.tools);
  const lookup = input.reuse ? await input.reuse.lookup(config, variant, bytes2, fingerprint) : void 0;
  const found = lookup && "found" in lookup ? lookup.found : void 0;
  if (lookup && "why" in lookup && lookup.why !== "not in the baseline") options.log.info(`  ${variant.name}: measured: ${lookup.why}`);
  const needsBytes = found ? needsOptimizedBytes(config, variant, found, Boolean(options.outDir)) : true;
  const measure = () => measureVariant({ optimizer, config, variant, bytes: bytes2, fingerprint, ...found ? { found } : {}, needsBytes, log: options.log });
  let measured;
  try {
    measured = optimizer.holdsMainThread ? await stage.hold(measure) : await measure();
  } catch (error) {
    return { name: variant.name, problems: [measureProblem(variant.name, error, options.log)] };
  }
  if (measured.benchModule) {
    input.builds?.timed.add(variant.name);
    stage.add(variant.name, measured.benchModule, {
      ...measured.functionKeys ? { functionKeys: measured.functionKeys } : {},
      ...measured.knownCounts ? { known: measured.knownCounts } : {},
      // Allocation statistics come from the module as built: wasm-opt may inline an entry point away.
      ...isComponent(bytes2) ? {} : { built: bytes2 }
    });
  }
  const problems = measured.problem ? [measured.problem] : [];
  if (options.outDir && measured.shipped) await writeOptimized(options.outDir, variant.name, measured.shipped, problems);
  kept.set(variant.name, { ...measured.shipped ? { shipped: measured.shipped } : {}, fromCache: found?.source === "cache", functionKeys: measured.functionKeys, knownCounts: measured.knownCounts });
  return awaitMeasurement(options.log, { name: variant.name, problems }, measured, pending);
}
async function writeOptimized(outDir, variant, shipped, problems) {
  const file = path21.join(outDir, `${variant}.wasm`);
  await writeFileAtomic(file, shipped, "optimized module").catch((error) => {
    problems.push({ kind: "measure", variant, file, message: `variant "${variant}": ${error.message} (--out-dir)` });
  });
}
function awaitMeasurement(log, outcome, measured, pending) {
  const measurement2 = measured.measurement.catch((error) => {
    outcome.problems.push(measureProblem(outcome.name, error, log));
    return void 0;
  });
  pending.measuring.push(measurement2.then((m) => m && (outcome.measurement = m)));
  pending.logged = Promise.all([pending.logged, measurement2]).then(([, m]) => m && logMeasurement(log, outcome.name, m));
  return outcome;
}
function writeProgress(input, outcomes, pending, write) {
  const { config, options } = input;
  return Promise.all([pending.progress, pending.logged]).then(() => {
    const unfinished = unfinishedRun(config, options.mode === "update" ? void 0 : input.baseline, outcomes, config.bench.enabled);
    return write(input.soFar(unfinished.variants, [unfinished.problem]));
  }).catch(() => {
  });
}

// src/report/cancelled.ts
function cancelledMarkdown(signal, mode) {
  return [
    `## ⛔ wasm-gate ${mode}: cancelled`,
    "",
    `The run was cancelled (${signal}) before it finished, so there is no verdict${mode === "update" ? " and the baseline was not written" : ""}. Every build and benchmark process it started was stopped. Re-run it for a verdict.`,
    ""
  ].join("\n");
}
function cancelledLine(signal) {
  return `cancelled (${signal}): every build and benchmark process was stopped; no verdict`;
}

// src/report/format.ts
var SHY = "­";
var WJ = "⁠";
var MINUS = "-";
function formatRate(perSecond) {
  return `${formatCount(perSecond)}/s`;
}
function formatValue(value, unit) {
  if (value === void 0) return "—";
  if (unit === "ops/s") return formatRate(value);
  if (unit === "bytes") return formatBytes(value);
  return formatCount(value);
}
function formatSigned(delta, unit) {
  if (delta === void 0) return "";
  if (delta === 0) return unit === "bytes" ? `±0${NBSP}B` : "±0";
  const sign = delta > 0 ? "+" : MINUS;
  const magnitude = unit === "bytes" ? formatBytes(Math.abs(delta)) : unit === "ops/s" ? formatRate(Math.abs(delta)) : formatCount(Math.abs(delta));
  return `${sign}${magnitude}`;
}
function formatPercent(pct) {
  if (pct === void 0) return "";
  if (!Number.isFinite(pct)) return pct > 0 ? "+∞%" : `${MINUS}∞%`;
  const rounded = Math.abs(pct) < 5e-3 ? 0 : pct;
  if (rounded === 0) return "±0%";
  const digits = Math.abs(rounded) >= 10 ? 1 : 2;
  return `${rounded > 0 ? "+" : MINUS}${Math.abs(rounded).toFixed(digits)}%`;
}
function formatChange(row) {
  if (!row || row.delta === void 0) return "";
  if (row.delta === 0) return formatSigned(0, row.unit);
  return `${formatSigned(row.delta, row.unit)}${NBSP}(${formatPercent(row.deltaPct)})`;
}
function exactChange(row) {
  if (row.status === "new") return "new";
  if (row.status === "removed") return "removed";
  if (row.delta === void 0) return "—";
  if (row.delta !== 0 && row.deltaPct !== void 0 && Math.abs(row.deltaPct) < 5e-3) return formatSigned(row.delta, row.unit);
  return formatPercent(row.deltaPct);
}
function formatRateWithSpread(value, ci95) {
  if (value === void 0) return "—";
  if (!ci95 || value <= 0) return formatRate(value);
  const half = (ci95[1] - ci95[0]) / 2 / value * 100;
  return `${formatRate(value)}${NBSP}±${half < 9.5 ? Math.max(1, Math.round(half)) : Math.round(half)}%`;
}
function formatThreshold(row) {
  return describeThreshold(row.threshold, row.unit === "bytes" ? "B" : row.unit).replace(/ (?=B$|instructions$|ops\/s$)/, NBSP);
}
function ratioNumber(x) {
  return x !== 0 && Math.abs(x) < 0.1 ? x.toPrecision(2) : x.toFixed(2);
}
function formatRatio(ratio, ci95) {
  if (ratio === void 0) return "";
  return ci95 ? `${ratioNumber(ratio)}×${NBSP}[${ratioNumber(ci95[0])}${WJ}–${WJ}${ratioNumber(ci95[1])}]` : `${ratioNumber(ratio)}×`;
}
function formatRatioRange(ratios) {
  if (ratios.length === 0) return "";
  const low = Math.min(...ratios);
  const high = Math.max(...ratios);
  if (ratioNumber(low) === ratioNumber(high)) return `${ratioNumber(low)}×`;
  return `${ratioNumber(low)}${WJ}–${WJ}${ratioNumber(high)}×`;
}
var STATUS_ICON = {
  pass: "✅",
  regressed: "❌",
  improved: "🎉",
  new: "🆕",
  removed: "🗑️",
  error: "❌",
  info: ""
};
var ACCEPTED_ICON = "⚠️";
function plural2(count3, noun) {
  return `${count3} ${noun}${count3 === 1 ? "" : "s"}`;
}
function formatOverhead(overhead) {
  if (overhead === void 0 || !Number.isFinite(overhead)) return "—";
  return `${overhead.toLocaleString("en-US", { maximumSignificantDigits: 3 })}×`;
}

// src/report/function-changes.ts
var DEFAULT_FUNCTION_ROWS = 10;
var PROFILE_NAMES = 5;
var NAME_SHOWN = 160;
var integer2 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var signed = (n2) => n2 > 0 ? `+${integer2.format(n2)}` : n2 < 0 ? `-${integer2.format(-n2)}` : "±0";
var bytes = (n2) => `${integer2.format(n2)} B`;
var signedBytes = (n2) => `${signed(n2)} B`;
var KINDS = ["grew", "shrank", "added", "removed"];
var KIND_ICON = { grew: "⬆️", shrank: "⬇️", added: "🆕", removed: "🗑️" };
function kindOf3(c3) {
  if (c3.current === null) return "removed";
  if (c3.baseline === null) return "added";
  return c3.delta > 0 ? "grew" : "shrank";
}
function byKind(changes) {
  const out = { grew: [], shrank: [], added: [], removed: [] };
  for (const c3 of changes) out[kindOf3(c3)].push(c3);
  return out;
}
function codeDelta(v) {
  return v.rows.find((r) => r.id === "section:code")?.delta;
}
function sizeChanged(v) {
  return (v.functionChanges?.length ?? 0) > 0 || (codeDelta(v) ?? 0) !== 0;
}
function movedBenches(v, unit) {
  return v.rows.filter((r) => r.metric === unit && r.bench && (r.status === "regressed" || r.status === "improved")).map((r) => r.bench);
}
function movedProfiles(v) {
  const out = [];
  for (const [unit, profiles] of [["cycles", v.attribution?.cyclesChanges], ["instructions", v.attribution?.profileChanges]]) {
    for (const bench2 of movedBenches(v, unit)) {
      const change = profiles?.[bench2];
      if (change) out.push([bench2, change, unit]);
    }
  }
  return out;
}
var NO_NAMES_HINT = 'Keep the "name" section in the build to see names (Rust: `strip = "debuginfo"` or `false` in the release profile, not `"symbols"`; C/C++: link without `-s`/`--strip-all`; Emscripten: `--profiling-funcs`). wasm-gate keeps names through wasm-opt for measuring only: the shipped bytes do not change.';
function namingNote(v) {
  const naming = v.attribution?.naming;
  if (!naming?.note || naming.total === 0) return void 0;
  const unnamed = naming.total - naming.named;
  const which = naming.named === 0 ? "Functions are numbered (`func[<index>]`)" : `${unnamed} of ${naming.total} functions are numbered (\`func[<index>]\`)`;
  if (naming.unnamedByOptimizer) return [which, "wasm-opt added them, and its helpers have no name", ""];
  return [which, naming.note, NO_NAMES_HINT];
}
function cell(text) {
  return text.replace(/ (?=B\b)/g, NBSP).replace(/≤ /g, `≤${NBSP}`);
}
function visibleEnds(name3) {
  return /^\s|\s$/.test(name3) ? JSON.stringify(name3) : name3;
}
function mdName(raw) {
  const name3 = visibleEnds(raw);
  return codeSpan(name3.length > NAME_SHOWN ? `${name3.slice(0, NAME_SHOWN - 1)}…` : name3).replace(/\|/g, "\\|");
}
function functionMarkdown(v, reference, options = { rows: DEFAULT_FUNCTION_ROWS }) {
  const out = [];
  const changes = v.functionChanges;
  if (sizeChanged(v) || namingNote(v)) {
    const code = codeDelta(v);
    const groups = byKind(changes ?? []);
    const counts2 = KINDS.filter((k) => groups[k].length > 0).map((k) => `${groups[k].length} ${k}`);
    const head = [code !== void 0 && code !== 0 ? `code ${signedBytes(code)}` : "", counts2.join(", ") || (changes ? "no function changed" : "")].filter(Boolean).join(" · ");
    if (changes || code) out.push(`**Functions**${head ? `: ${head}` : ""}`, "");
    if (changes && changes.length > 0) {
      out.push("| | Function | Baseline | Current | Δ |", "|:-:|---|--:|--:|--:|");
      for (const kind2 of KINDS) {
        const list = groups[kind2];
        for (const c3 of list.slice(0, options.rows)) {
          const before = c3.baseline !== null ? bytes(c3.baseline) : c3.baselineAtMost !== void 0 ? `≤ ${bytes(c3.baselineAtMost)} or absent` : "—";
          out.push(`| ${KIND_ICON[kind2]} | ${mdName(c3.name)} | ${cell(before)} | ${c3.current === null ? "—" : cell(bytes(c3.current))} | ${cell(c3.baselineAtMost !== void 0 ? `≤ ${signedBytes(c3.delta)}` : signedBytes(c3.delta))} |`);
        }
        const more = list.slice(options.rows);
        if (more.length > 0) out.push(`| | _… ${more.length} more ${kind2}_ | | | ${cell(signedBytes(more.reduce((s, c3) => s + c3.delta, 0)))} |`);
      }
      const rest = v.attribution?.sizeRest;
      if (rest) {
        out.push(
          `| | _functions the baseline does not list (${integer2.format(rest.baseline.functions)} → ${integer2.format(rest.current.functions)})_ | ${cell(bytes(rest.baseline.bytes))} | ${cell(bytes(rest.current.bytes))} | ${cell(signedBytes(rest.current.bytes - rest.baseline.bytes))} |`
        );
      }
      out.push("");
    } else if (!changes && code) {
      out.push("_The baseline has no per-function sizes yet: run `wasm-gate update` to record them._", "");
    }
    const note = namingNote(v);
    if (note && (changes?.length || code)) out.push("> [!NOTE]", `> ${note[0]}: ${escapeMarkdown(note[1], 1e3)}. ${note[2]}`.trimEnd(), "");
  }
  for (const [bench2, change, unit] of movedProfiles(v)) out.push(`- ${profileLine(bench2, change, "md", unit)}`);
  if (out.at(-1)?.startsWith("- ")) out.push("");
  const vsReference = Object.entries(v.attribution?.profileVsReference ?? {});
  if (reference && vsReference.length > 0) {
    out.push(`<details><summary>Where the instructions differ from ${escapeMarkdown(reference, 100)}</summary>`, "");
    for (const [bench2, change] of vsReference) out.push(`- ${referenceLine(bench2, change, reference, "md")}`);
    out.push("", "</details>", "");
  }
  return out;
}
function nameIn(style, name3) {
  return style === "md" ? mdName(name3) : consoleName(visibleEnds(name3));
}
function profileLine(bench2, change, style, unit = "instructions") {
  const pct = change.baseline === 0 ? "" : ` (${formatPercent(change.delta / change.baseline * 100)})`;
  const head = `${style === "md" ? `**${escapeMarkdown(bench2, 100)}**` : consoleName(bench2)} ${signed(change.delta)} ${unit}${pct}`;
  return `${head}: ${contributions(change, style, { added: "newly run", removed: "no longer run" })}`;
}
function referenceLine(bench2, change, reference, style, names = PROFILE_NAMES) {
  const ratio = change.baseline === 0 ? "" : `${formatRatio(change.current / change.baseline)} `;
  const ref = style === "md" ? escapeMarkdown(reference, 100) : consoleName(reference);
  const head = `${style === "md" ? `**${escapeMarkdown(bench2, 100)}**` : consoleName(bench2)}: ${ratio}the instructions of ${ref} (${integer2.format(change.current)} vs ${integer2.format(change.baseline)}, ${signed(change.delta)})`;
  return `${head}: ${contributions(change, style, { added: `not run by ${ref}`, removed: `only run by ${ref}` }, names)}`;
}
function contributions(change, style, words, names = PROFILE_NAMES) {
  const shown = change.functions.slice(0, names);
  const parts = shown.map((c3) => {
    const name3 = nameIn(style, c3.name);
    if (c3.baselineAtMost !== void 0) return `${name3} ${integer2.format(c3.current ?? 0)} (not among the baseline's listed functions: was ≤ ${integer2.format(c3.baselineAtMost)} or absent)`;
    if (c3.baseline === null) return `${name3} ${signed(c3.delta)} (${words.added})`;
    if (c3.current === null) return `${name3} ${signed(c3.delta)} (${words.removed})`;
    return `${name3} ${signed(c3.delta)}`;
  });
  const more = change.functions.slice(names).filter((c3) => c3.baselineAtMost === void 0);
  if (more.length > 0) parts.push(`${plural2(more.length, "more function")} ${signed(more.reduce((s, c3) => s + c3.delta, 0))}`);
  if (change.rest && change.rest.current !== change.rest.baseline) parts.push(`functions the baseline does not list ${signed(change.rest.current - change.rest.baseline)}`);
  return parts.length > 0 ? parts.join(", ") : "no function changed";
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function consoleName(name3) {
  const clean = name3.replace(CONTROL, "?");
  return clean.length > NAME_SHOWN ? `${clean.slice(0, NAME_SHOWN - 1)}…` : clean;
}
function functionConsole(v, reference, options = { rows: DEFAULT_FUNCTION_ROWS }) {
  const out = [];
  const changes = v.functionChanges ?? [];
  const code = codeDelta(v);
  if (changes.length > 0) {
    const groups = byKind(changes);
    out.push(`${v.name} functions${code ? ` (code ${signedBytes(code)})` : ""}:`);
    const rows = [];
    for (const kind2 of KINDS) {
      for (const c3 of groups[kind2].slice(0, options.rows)) {
        const before = c3.baseline !== null ? bytes(c3.baseline) : c3.baselineAtMost !== void 0 ? `≤ ${bytes(c3.baselineAtMost)}` : "—";
        rows.push([kind2, nameIn("text", c3.name), before, c3.current === null ? "—" : bytes(c3.current), c3.baselineAtMost !== void 0 ? `≤ ${signedBytes(c3.delta)}` : signedBytes(c3.delta)]);
      }
      const more = groups[kind2].slice(options.rows);
      if (more.length > 0) rows.push(["", `… ${more.length} more ${kind2}`, "", "", signedBytes(more.reduce((s, c3) => s + c3.delta, 0))]);
    }
    const rest = v.attribution?.sizeRest;
    if (rest) rows.push(["", `functions the baseline does not list (${rest.baseline.functions} → ${rest.current.functions})`, bytes(rest.baseline.bytes), bytes(rest.current.bytes), signedBytes(rest.current.bytes - rest.baseline.bytes)]);
    out.push(...aligned(rows, [false, false, true, true, true]).map((l) => `  ${l}`));
  } else if (code && !v.functionChanges) {
    out.push(`${v.name} functions: the baseline has no per-function sizes yet (run \`wasm-gate update\`)`);
  }
  const note = namingNote(v);
  if (note && (changes.length > 0 || code)) out.push(`  note: ${`${note[0]}: ${consoleName(note[1])}. ${note[2]}`.replace(/`/g, "").trimEnd()}`);
  for (const [bench2, change, unit] of movedProfiles(v)) out.push(...wrapLine(`${v.name} ${profileLine(bench2, change, "text", unit)}`));
  if (reference) {
    for (const [bench2, change] of Object.entries(v.attribution?.profileVsReference ?? {})) out.push(...wrapLine(`${v.name} ${referenceLine(bench2, change, reference, "text", 3)}`));
  }
  return out;
}
function splitOutsideParentheses(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c3 = text[i2];
    if (c3 === "(") depth++;
    else if (c3 === ")") depth = Math.max(0, depth - 1);
    else if (c3 === "," && text[i2 + 1] === " " && depth === 0) {
      parts.push(text.slice(start, i2));
      start = i2 + 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
function wrapLine(line, width = 120) {
  if ([...line].length <= width) return [line];
  const close = line.indexOf("): ");
  const colon = close >= 0 ? close + 1 : line.indexOf(": ");
  const head = colon >= 0 ? line.slice(0, colon + 1) : "";
  const parts = splitOutsideParentheses(colon >= 0 ? line.slice(colon + 2) : line);
  const lines = [];
  let current = head;
  for (const [i2, part] of parts.entries()) {
    const piece = `${part}${i2 < parts.length - 1 ? "," : ""}`;
    if (current.trim() !== "" && [...current].length + 1 + [...piece].length > width) {
      lines.push(current);
      current = "   ";
    }
    current = current === "" ? piece : `${current} ${piece}`;
  }
  return [...lines, current];
}
function aligned(rows, right) {
  const widths = right.map((_, i2) => Math.max(0, ...rows.map((r) => [...r[i2] ?? ""].length)));
  return rows.map(
    (r) => r.map((cell2, i2) => {
      const pad = " ".repeat(Math.max(0, (widths[i2] ?? 0) - [...cell2].length));
      return right[i2] ? pad + cell2 : cell2 + pad;
    }).join("  ").trimEnd()
  );
}

// src/report/signal.ts
function isTiming(row) {
  return row.metric === "opsPerSec";
}
function isGated(row) {
  return row.threshold !== false;
}
function timingVisible(row) {
  return isTiming(row) && isGated(row);
}
function rowChanged(row) {
  if (row.status === "regressed" || row.status === "improved") return true;
  if (isTiming(row)) return false;
  if (row.status === "new" || row.status === "removed") return true;
  return row.delta !== void 0 && row.delta !== 0;
}
function variantChanged(v) {
  if (v.status !== "pass" || v.problems.length > 0) return true;
  return v.rows.some(rowChanged);
}
function benchNames(v) {
  return [.../* @__PURE__ */ new Set([...v.rows.filter((r) => r.bench).map((r) => r.bench), ...Object.keys(v.measurement?.benchErrors ?? {})])];
}
function benchRow(v, bench2, metric) {
  return v.rows.find((r) => r.bench === bench2 && r.metric === metric);
}
function worstChange(rows) {
  const compared = rows.filter((r) => r.deltaPct !== void 0);
  if (compared.length === 0) return void 0;
  const worse = (r) => (r.higherIsBetter ? -1 : 1) * r.deltaPct;
  const sorted = [...compared].sort((a2, b) => worse(b) - worse(a2));
  const top = sorted[0];
  if (worse(top) > 0) return top;
  return sorted.at(-1);
}

// src/report/headline.ts
function headline(results) {
  const count3 = (status) => results.variants.filter((v) => v.status === status).length;
  const parts = [plural2(results.variants.filter((v) => v.status !== "removed").length, "variant")];
  const regressed = count3("regressed");
  const errors = count3("error") + results.problems.length;
  if (regressed) parts.push(`${regressed} regressed`);
  if (errors) parts.push(plural2(errors, "error"));
  if (count3("improved")) parts.push(`${count3("improved")} improved`);
  if (results.mode === "update") {
    const kept = results.variants.filter((v) => v.status === "pass").length;
    const changed = results.variants.filter((v) => v.status === "pass" && variantChanged(v)).length;
    if (kept > 0) parts.push(changed === 0 ? "none changed" : `${changed} changed`);
  }
  if (count3("new")) parts.push(`${count3("new")} new`);
  if (count3("removed")) parts.push(`${count3("removed")} removed`);
  const verdict = results.status === "pass" ? "passed" : results.status === "regressed" ? "regression" : "error";
  return `wasm-gate ${results.mode}: ${verdict} — ${parts.join(", ")}`;
}

// src/report/against-text.ts
function hasVsBase(variants) {
  return variants.some((v) => v.rows.some((r) => r.vsBase !== void 0));
}
function vsBaseCell(v) {
  const rows = v.rows.filter((r) => isTiming(r) && r.vsBase !== void 0);
  if (rows.length === 1) return formatRatio(rows[0]?.vsBase, rows[0]?.vsBaseCi95);
  if (rows.length > 1) return formatRatioRange(rows.map((r) => r.vsBase));
  return v.base?.status === "unchanged" ? "unchanged" : v.base?.status === "failed" ? "base failed" : "—";
}
function vsBaseBenchCell(row) {
  return formatRatio(row?.vsBase, row?.vsBaseCi95) || "—";
}
function vsBaseRegression(row) {
  if (!row.vsBaseThreshold || !row.vsBaseCi95 || pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) !== "regressed") return void 0;
  return `${formatRatio(row.vsBase, row.vsBaseCi95)} of the base commit's speed, wholly past the threshold ${describeThreshold(row.vsBaseThreshold, "ops/s")} (thresholds.vsBase)`;
}
function againstLine(results) {
  const against = results.against;
  if (!against) return void 0;
  if (!against.sha) return against.warning ? `--against ${against.ref}: ${against.warning}` : void 0;
  const sum = (pick) => results.variants.reduce((total, v) => total + (pick(v) ?? 0), 0);
  const compared = results.variants.filter((v) => v.base?.status === "compared").length;
  const seconds2 = (ms) => `${(ms / 1e3).toFixed(1)} s`;
  return `Builds ran twice (against ${against.ref} = ${against.sha.slice(0, 7)}): head builds ${seconds2(sum((v) => v.base?.headBuildMs))}, base builds ${seconds2(sum((v) => v.base?.baseBuildMs))}; ${compared} of ${results.variants.length} variants compared with the base.`;
}
function baseNotes(variants) {
  return variants.filter((v) => v.base && (v.base.status === "failed" || v.base.status === "unchanged")).map((v) => ({ variant: v.name, text: v.base?.message ?? v.base?.status ?? "", ...v.base?.details ? { details: v.base.details } : {} }));
}

// src/report/failed-families.ts
function failedFamilies(variants) {
  const out = [];
  for (const v of variants) {
    const byFamily = /* @__PURE__ */ new Map();
    for (const row of v.rows.filter((r) => r.status === "regressed")) {
      const family = familyOf(row);
      byFamily.set(family, [...byFamily.get(family) ?? [], row]);
    }
    for (const [family, rows] of byFamily) out.push({ variant: v.name, family, rows: rows.sort((a2, b) => weight(a2) - weight(b)) });
  }
  return out;
}
function weight(row) {
  const order = ["gzip", "optimized", "brotli", "raw", "cycles", "instructions", "peakMemoryBytes", "peakLiveBytes", "liveBytesAtEnd", "opsPerSec"];
  const i2 = order.indexOf(row.metric);
  return i2 < 0 ? order.length : i2;
}
function familyOf(row) {
  if (row.bench) return row.bench;
  return row.metric === "section" ? row.label : "size";
}
function metricName(row) {
  if (row.metric === "section") return "bytes";
  if (row.metric === "peakMemoryBytes") return "peak memory";
  return row.metric;
}
function values(row) {
  if (row.baseline === void 0 || row.current === void 0) return "";
  if (row.unit !== "bytes") return `${formatCount(row.baseline)} → ${formatCount(row.current)}`;
  const [before, after] = [formatBytes(row.baseline), formatBytes(row.current)];
  const unit = (s) => s.slice(s.lastIndexOf(NBSP) + 1);
  return unit(before) === unit(after) ? `${before.slice(0, before.lastIndexOf(NBSP))} → ${after}` : `${before} → ${after}`;
}
function describeFamily(f) {
  const items = f.rows.map((r, i2) => {
    const vsBase = vsBaseRegression(r);
    if (vsBase) return `speed ${vsBase}`;
    const change = formatPercent(r.deltaPct) || "changed";
    const v = i2 === 0 ? values(r) : "";
    return `${metricName(r)} ${change}${v ? ` (${v})` : ""}`;
  });
  const thresholds = [...new Set(f.rows.filter((r) => !vsBaseRegression(r)).map(formatThreshold))];
  if (thresholds.length === 0) return { items, thresholds: "" };
  return { items, thresholds: `${thresholds.length > 1 ? "thresholds" : "threshold"} ${thresholds.join(", ")}` };
}

// src/report/budget-text.ts
var DECIMAL_UNITS = [
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "KB"]
];
function formatDecimalBytes(bytes2) {
  for (const [size, unit] of DECIMAL_UNITS) {
    if (bytes2 >= size) return `${Number((bytes2 / size).toPrecision(3))}${NBSP}${unit}`;
  }
  return `${bytes2}${NBSP}B`;
}
function decimalBudget(limit) {
  return limit >= 1e3 && limit % 1e3 === 0 && limit % 1024 !== 0;
}
function formatBudgetValue(value, row) {
  if (row.unit !== "bytes") return formatCount(value);
  const limit = row.budget?.limit ?? value;
  return decimalBudget(limit) ? formatDecimalBytes(value) : formatBytes(value);
}
function budgetSubject(row) {
  return row.bench ? row.label : row.metric;
}
function describeBudget(row) {
  const budget = row.budget;
  if (!budget || row.current === void 0) return "";
  const text = `${budgetSubject(row)} ${formatBudgetValue(row.current, row)} of ${formatBudgetValue(budget.limit, row)} budget`;
  return budget.exceeded ? `${text} (over by ${formatBudgetValue(row.current - budget.limit, row)})` : text;
}
function budgetRows(v) {
  return v.rows.filter((r) => r.budget !== void 0 && r.current !== void 0);
}

// src/report/console.ts
var DETAIL_LINES = 12;
var CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
var VARIANT_LINES = [sizeChanges];
function renderConsole(results, style) {
  const paint = (code, text2) => style.color ? `\x1B[${CODES[code]}m${text2}\x1B[0m` : text2;
  const byStatus = (status, text2) => status === "regressed" || status === "error" ? paint("red", text2) : status === "improved" ? paint("green", text2) : status === "new" || status === "removed" ? paint("yellow", text2) : text2;
  const out = [paint("bold", headline(results)), ""];
  const variants = sortByConcern(results.variants);
  const reference = results.reference;
  if (variants.length > 0) {
    const hasBench = variants.some((v) => v.rows.some((r) => r.metric === "instructions" || r.metric === "peakMemoryBytes"));
    const hasCycles = variants.some((v) => v.rows.some((r) => r.metric === "cycles"));
    const hasSpeed = Boolean(reference) && variants.some((v) => v.rows.some((r) => isTiming(r) && r.vsReference !== void 0));
    const header = ["variant", "status", "gzip", "Δ gzip", "optimized", "brotli", ...hasCycles ? ["cycles Δ"] : [], ...hasBench ? ["instr. Δ", "memory Δ"] : [], ...hasSpeed ? [`speed vs ${clip(reference, 20)}`] : [], ...hasVsBase(variants) ? ["vs base"] : []];
    const body = variants.map((v) => {
      const gzip2 = v.rows.find((r) => r.id === "gzip");
      return [
        clip(v.name),
        v.status,
        sizeCell(gzip2),
        gzip2?.delta === void 0 ? v.status === "new" || v.status === "removed" ? v.status : "" : mark(gzip2, formatChange(gzip2)),
        sizeCell(v.rows.find((r) => r.id === "optimized")),
        sizeCell(v.rows.find((r) => r.id === "brotli")),
        ...hasCycles ? [largest2(v, "cycles")] : [],
        ...hasBench ? [largest2(v, "instructions"), largest2(v, "peakMemoryBytes")] : [],
        ...hasSpeed ? [speed(v, reference)] : [],
        ...hasVsBase(variants) ? [vsBaseCell(v)] : []
      ];
    });
    const fitted = fitColumns(header, body, [5, 4, ...hasCycles ? [7] : []]);
    out.push(...table(fitted.header, fitted.body, (row, text2) => row === -1 ? paint("bold", text2) : byStatus(variants[row]?.status ?? "", text2)));
  }
  const twice = againstLine(results);
  if (twice) out.push("", paint(results.against?.sha ? "dim" : "yellow", twice));
  const detailed = variants.filter((v) => style.verbose || variantChanged(v));
  const changes = detailed.flatMap((v) => results.mode === "update" ? updateLines(v) : VARIANT_LINES.flatMap((lines) => lines(v)));
  if (changes.length > 0) out.push("", ...changes);
  const functions = detailed.flatMap((v) => functionConsole(v, style.verbose ? reference : void 0));
  if (functions.length > 0) out.push("", ...functions);
  const benches = detailed.flatMap((v) => benchNames(v).filter((b) => benchRow(v, b, "instructions") || benchRow(v, b, "peakMemoryBytes")).map((bench2) => ({ v, bench: bench2 })));
  if (benches.length > 0) {
    const withSpeed = Boolean(reference) && benches.some(({ v, bench: bench2 }) => benchRow(v, bench2, "opsPerSec")?.vsReference !== void 0);
    const withInitial = benches.some(({ v, bench: bench2 }) => benchRow(v, bench2, "peakMemoryBytes")?.initialMemoryBytes !== void 0);
    const withCycles = benches.some(({ v, bench: bench2 }) => benchRow(v, bench2, "cycles"));
    const withVsBase2 = hasVsBase(benches.map(({ v }) => v));
    const header = ["variant", "benchmark", "iterations", ...withCycles ? ["cycles", "Δ"] : [], "instructions", "Δ", ...withInitial ? ["initial mem."] : [], "peak memory", "Δ", ...withSpeed ? [`speed vs ${clip(reference, 20)}`] : [], ...withVsBase2 ? ["vs base"] : []];
    const body = benches.map(({ v, bench: bench2 }) => {
      const cycles = benchRow(v, bench2, "cycles");
      const instructions = benchRow(v, bench2, "instructions");
      const memory = benchRow(v, bench2, "peakMemoryBytes");
      const throughput = benchRow(v, bench2, "opsPerSec");
      const iterations = v.measurement?.bench?.[bench2]?.iterations;
      return [
        clip(v.name),
        clip(bench2, 30),
        iterations === void 0 ? "—" : formatCount(iterations),
        ...withCycles ? [formatValue(cycles?.current ?? cycles?.baseline, "cycles"), cycles ? mark(cycles, exactChange(cycles)) : ""] : [],
        formatValue(instructions?.current ?? instructions?.baseline, "instructions"),
        instructions ? mark(instructions, exactChange(instructions)) : "",
        ...withInitial ? [formatValue(memory?.initialMemoryBytes, "bytes")] : [],
        formatValue(memory?.current ?? memory?.baseline, "bytes"),
        memory ? mark(memory, exactChange(memory)) : "",
        ...withSpeed ? [v.name === reference ? "reference" : formatRatio(throughput?.vsReference, throughput?.vsReferenceCi95)] : [],
        ...withVsBase2 ? [vsBaseBenchCell(throughput)] : []
      ];
    });
    const first = withCycles ? 7 : 5;
    const fitted = fitColumns(header, body, [...withInitial ? [first] : [], ...withCycles ? [6, 5] : []]);
    out.push("", ...table(fitted.header, fitted.body, (row, text2) => row === -1 ? paint("bold", text2) : text2));
    const allocations2 = allocationTable(benches);
    if (allocations2.length > 0) out.push("", ...table(allocations2[0], allocations2.slice(1), (row, text2) => row === -1 ? paint("bold", text2) : text2));
  }
  const budgets = variants.flatMap((v) => {
    const rows = budgetRows(v);
    return rows.length === 0 ? [] : wrap(`${v.name} budgets:`, rows.map((r) => `${describeBudget(r)}${r.budget?.exceeded ? " ✗" : ""}`));
  });
  if (budgets.length > 0) out.push("", ...budgets);
  const reused = reuseLines(variants);
  if (reused.length > 0) out.push("", ...reused.map((line) => paint("dim", line)));
  const hidden2 = variants.length - detailed.length;
  if (hidden2 > 0 && variants.some((v) => v.rows.some((r) => r.bench))) {
    out.push("", paint("dim", `${hidden2} unchanged variant${hidden2 === 1 ? "" : "s"}: benchmarks equal the baseline (--verbose lists them, with this machine's throughput)`));
  }
  const timed2 = variants.flatMap((v) => v.rows.filter((r) => isTiming(r) && (style.verbose || timingVisible(r))).map((row) => ({ v, row })));
  if (timed2.length > 0) {
    const gated = timed2.some(({ row }) => timingVisible(row));
    const header = ["variant", "benchmark", "throughput (this run)", "baseline", "Δ", ...gated ? ["threshold"] : []];
    const body = timed2.map(({ v, row }) => [
      clip(v.name),
      clip(row.bench ?? "", 30),
      formatRateWithSpread(row.current, row.ci95),
      formatRateWithSpread(row.baseline, row.baselineCi95).replace(/^—$/, ""),
      mark(row, formatPercent(row.deltaPct)),
      ...gated ? [formatThreshold(row)] : []
    ]);
    out.push("", ...table(header, body, (row, text2) => row === -1 ? paint("bold", text2) : text2));
  }
  const details = (text2) => text2 ? `
${indent(style.verbose ? text2 : lastLines(text2, DETAIL_LINES))}` : "";
  const explanations = [
    ...results.problems.map((p) => `✗ ${p.message}${details(p.details)}`),
    ...variants.flatMap((v) => explain(v, details, results.mode === "check")),
    ...baseNotes(variants).map((n2) => `! ${n2.variant}: ${n2.text}${details(n2.details)}`)
  ];
  if (explanations.length > 0) out.push("", ...explanations.map((e) => paint(e.startsWith("✗") ? "red" : "yellow", e)));
  const text = out.join("\n").replaceAll(NBSP, " ").replaceAll(WJ, "");
  return `${text.split("\n").flatMap((line) => fitWidth(line)).join("\n")}
`;
}
function clip(name3, max = NAME_COLUMN) {
  const chars = [...name3];
  if (chars.length <= max) return name3;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join("")}…${chars.slice(chars.length - (max - 1 - head)).join("")}`;
}
var NAME_COLUMN = 40;
function reuseLines(variants) {
  const groups = /* @__PURE__ */ new Map();
  for (const v of variants) {
    const reuse = v.measurement?.reuse;
    if (!reuse) continue;
    const key = `${reusedParts(reuse).join(", ")} from the ${reuse.source}`;
    groups.set(key, [...groups.get(key) ?? [], v.name]);
  }
  return [...groups].flatMap(([what, names]) => wrap(`unchanged artifact: reused ${what}:`, names.length <= 20 ? names : [...names.slice(0, 20), `and ${names.length - 20} more`]));
}
function sizeCell(row) {
  if (!row) return "—";
  if (row.failed) return "failed";
  if (row.current === void 0) return row.baseline === void 0 ? "—" : `(${formatValue(row.baseline, row.unit)})`;
  return mark(row, formatValue(row.current, row.unit));
}
function allocationTable(benches) {
  const rows = benches.filter(({ v, bench: bench2 }) => v.measurement?.bench?.[bench2]?.allocations);
  if (rows.length === 0) return [];
  const header = ["variant", "benchmark", "allocs", "reallocs", "frees", "bytes", "peak live", "Δ", "live at end", "Δ", "overhead"];
  return [
    header,
    ...rows.map(({ v, bench: bench2 }) => {
      const m = v.measurement?.bench?.[bench2];
      const a2 = m?.allocations;
      const peak = benchRow(v, bench2, "peakLiveBytes");
      const leak = benchRow(v, bench2, "liveBytesAtEnd");
      return [
        clip(v.name),
        clip(bench2, 30),
        formatCount(a2.allocs),
        formatCount(a2.reallocs),
        formatCount(a2.frees),
        formatValue(a2.bytes, "bytes"),
        formatValue(a2.peakLiveBytes, "bytes"),
        peak ? mark(peak, exactChange(peak)) : "",
        formatValue(a2.liveBytesAtEnd, "bytes"),
        leak ? mark(leak, exactChange(leak)) : "",
        formatOverhead(m?.heapOverhead)
      ];
    })
  ];
}
function largest2(v, metric) {
  const rows = v.rows.filter((r) => r.metric === metric);
  const worst = worstChange(rows);
  if (!worst) return rows.length > 0 && rows.every((r) => r.status === "new") ? "new" : "—";
  return mark(rows.find((r) => r.status === "regressed") ?? worst, exactChange(worst));
}
function speed(v, reference) {
  if (v.name === reference) return "reference";
  const rows = v.rows.filter((r) => isTiming(r) && r.vsReference !== void 0);
  if (rows.length === 1) return formatRatio(rows[0]?.vsReference, rows[0]?.vsReferenceCi95);
  return formatRatioRange(rows.map((r) => r.vsReference));
}
function sizeChanges(v) {
  const sizes2 = SIZE_METRICS.map((m) => v.rows.find((r) => r.id === m)).filter((r) => r !== void 0 && r.delta !== void 0 && r.delta !== 0);
  const sections = v.rows.filter((r) => r.metric === "section" && rowChanged(r)).sort((a2, b) => Math.abs(b.delta ?? b.current ?? 0) - Math.abs(a2.delta ?? a2.current ?? 0));
  if (sizes2.length === 0 && sections.length === 0) return [];
  const parts = [
    ...sizes2.map((r) => mark(r, `${r.metric} ${formatChange(r)}`)),
    ...sections.slice(0, 8).map((r) => `${r.label.replace(/^section /, "")} ${r.status === "new" || r.status === "removed" ? `${r.status} ${formatValue(r.current ?? r.baseline, r.unit)}` : formatChange(r)}`)
  ];
  if (sections.length > 8) parts.push(`${sections.length - 8} more sections`);
  return wrap(`${v.name}:`, parts);
}
function updateLines(v) {
  if (v.status !== "pass") return VARIANT_LINES.flatMap((lines) => lines(v));
  const rows = v.rows.filter((r) => rowChanged(r) && !isTiming(r) && r.metric !== "raw" && r.metric !== "section" && r.baseline !== void 0 && r.current !== void 0);
  if (rows.length === 0) return [];
  const parts = rows.slice(0, UPDATE_ITEMS).map((r) => `${r.bench ? `${r.bench} ` : ""}${metricName(r)} ${values(r)} (${formatPercent(r.deltaPct)})`);
  if (rows.length > UPDATE_ITEMS) parts.push(`${rows.length - UPDATE_ITEMS} more`);
  return wrap(`${v.name}:`, parts);
}
var UPDATE_ITEMS = 8;
function wrap(head, parts) {
  const lines = [];
  let line = head;
  for (const [i2, part] of parts.entries()) {
    const piece = `${part}${i2 < parts.length - 1 ? "," : ""}`;
    if ([...line].length + 1 + [...piece].length > WIDTH && line.trim() !== head) {
      lines.push(line);
      line = `   `;
    }
    line += ` ${piece}`;
  }
  return [...lines, line];
}
function mark(row, text) {
  if (row.notComparable) return `${text} (not comparable)`;
  return row.status === "regressed" ? `${text} ✗` : row.status === "improved" ? `${text} ✓` : text;
}
function explain(v, details, budgetsGate) {
  const lines = v.problems.map((p) => `✗ ${p.message}${details(p.details)}`);
  for (const r of budgetRows(v).filter((row) => row.budget?.exceeded)) {
    lines.push(`${budgetsGate ? "✗" : "!"} ${v.name} ${budgetSubject(r)}: ${formatBudgetValue(r.current, r)} is over its budget of ${formatBudgetValue(r.budget.limit, r)} (config budget${budgetsGate ? "" : "; update does not fail on it, check does"})`);
  }
  for (const r of v.rows.filter((row) => row.status === "regressed")) {
    const vsBase = vsBaseRegression(r);
    if (vsBase) {
      lines.push(`✗ ${v.name} ${r.label}: ${vsBase}`);
      continue;
    }
    lines.push(`✗ ${v.name} ${r.label}: ${formatValue(r.baseline, r.unit)} → ${formatValue(r.current, r.unit)} (${formatPercent(r.deltaPct)}) exceeds the threshold ${formatThreshold(r)}`);
  }
  return lines;
}
function indent(text) {
  return text.split("\n").map((l) => `    ${l}`).join("\n");
}
var WIDTH = CONSOLE_WIDTH;
function fitColumns(header, body, dropOrder) {
  let keep = header.map((_, i2) => i2);
  const column = (i2) => Math.max(...[header, ...body].map((r) => [...r[i2] ?? ""].length));
  const width = () => keep.reduce((sum, i2) => sum + column(i2), 2 * (keep.length - 1));
  for (const drop of dropOrder) {
    if (width() <= WIDTH) break;
    keep = keep.filter((i2) => i2 !== drop);
  }
  return { header: keep.map((i2) => header[i2] ?? ""), body: body.map((r) => keep.map((i2) => r[i2] ?? "")) };
}
function table(header, body, paint) {
  const widths = header.map((h2, i2) => Math.max([...h2].length, ...body.map((r) => [...r[i2] ?? ""].length)));
  const line = (cells) => cells.map((c3, i2) => c3 + " ".repeat(Math.max(0, (widths[i2] ?? 0) - [...c3].length))).join("  ").trimEnd();
  return [paint(-1, line(header)), ...body.map((r, i2) => paint(i2, line(r)))];
}

// src/report/markdown/chart.ts
var CHART_MAX_VARIANTS = 12;
var LABEL_MAX = 20;
var BAR_HEIGHT = 12;
var FRAME_HEIGHT = 50;
var BASELINE_SUFFIX = " base";
var PALETTE = "#0969da, #afb8c1";
function gzipChart(variants) {
  const points = variants.map((v) => {
    const row = v.rows.find((r) => r.id === "gzip");
    return { name: v.name, baseline: row?.baseline ?? 0, current: row?.current ?? 0 };
  }).filter((p) => p.current > 0 || p.baseline > 0);
  if (points.length < 2 || points.length > CHART_MAX_VARIANTS) return [];
  const max = Math.max(...points.flatMap((p) => [p.baseline, p.current]));
  const [unit, scale] = max >= 1024 ? ["KiB", 1024] : ["B", 1];
  const top = niceCeiling(max / scale * 1.05);
  const names = uniqueLabels(points.map((p) => p.name));
  const labels = names.flatMap((name3) => [`${name3}${BASELINE_SUFFIX}`, name3]);
  const baseline = points.flatMap((p) => [round(p.baseline / scale), 0]);
  const current = points.flatMap((p) => [0, round(p.current / scale)]);
  return [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    `    height: ${FRAME_HEIGHT + BAR_HEIGHT * labels.length}`,
    "    titleFontSize: 14",
    "    titlePadding: 6",
    "    xAxis:",
    "      labelFontSize: 12",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${PALETTE}"`,
    "---",
    "xychart-beta horizontal",
    `    title "gzip (${unit}): baseline (grey) and this run (blue)"`,
    `    x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `    y-axis 0 --> ${top}`,
    `    bar [${current.join(", ")}]`,
    `    bar [${baseline.join(", ")}]`,
    "```"
  ];
}
function uniqueLabels(names, max = LABEL_MAX) {
  const used = /* @__PURE__ */ new Set();
  return names.map((name3) => {
    const base = mermaidLabel(name3, max);
    let label = base;
    for (let n2 = 2; used.has(label); n2++) label = `${mermaidLabel(name3, max - String(n2).length - 1)}~${n2}`;
    used.add(label);
    return label;
  });
}
function niceCeiling(x) {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= x * (1 - 1e-9));
  return Number((step * power).toPrecision(6));
}
function round(x) {
  return Number(x.toFixed(x >= 100 ? 0 : 2));
}

// src/report/markdown/context.ts
var SHA = /^[0-9a-f]{7,64}$/i;
function footer(ctx) {
  const r = ctx.results;
  const out = [];
  const install = ctx.installCommand ? `${codeSpan(ctx.installCommand)}, then ` : "";
  const check = r.context?.commands?.check;
  if (check) out.push(`**Reproduce locally:** ${install}${codeSpan(check)}.`, "");
  const parts = [];
  const url = r.context?.runUrl;
  if (url && isRunUrl(url)) parts.push(`[workflow run](${url})`);
  const base = r.pullRequest?.baseSha;
  const head = r.pullRequest?.headSha;
  if (head && SHA.test(head)) parts.push(base && SHA.test(base) ? `base ${base.slice(0, 7)} → head ${head.slice(0, 7)}` : `head ${head.slice(0, 7)}`);
  if (hasBenchmarks(r)) parts.push("instructions and memory exact at the baseline’s iterations");
  parts.push(`wasm-gate ${escapeMarkdown(r.tool?.version ?? "", 40)}`);
  for (const [tool, version] of Object.entries(r.tools ?? {}).filter(([name3]) => name3 !== "bench").slice(0, 3)) {
    parts.push(`${escapeMarkdown(tool, 40)} ${escapeMarkdown(version, 40)}`);
  }
  out.push(`<sub>${parts.join(" · ")}</sub>`);
  return out;
}
function hasBenchmarks(r) {
  return r.variants.some((v) => v.rows.some((row) => row.metric === "instructions" || row.metric === "peakMemoryBytes"));
}

// src/report/markdown/shared.ts
var NAME_MAX3 = 100;
var MESSAGE_MAX = 1e3;
function table2(header, rows) {
  const rule = header.map(([, align]) => align === "right" ? "--:" : align === "center" ? ":-:" : "---");
  return [`| ${header.map(([h2]) => h2).join(" | ")} |`, `|${rule.join("|")}|`, ...rows.map((r) => `| ${r.map((c3) => c3 || " ").join(" | ")} |`)];
}

// src/report/markdown/against.ts
function againstBlock(r) {
  const line = againstLine(r);
  if (!line) return [];
  return r.against?.sha ? [`_${escapeMarkdown(line, MESSAGE_MAX)}_`, ""] : ["> [!WARNING]", `> ${escapeMarkdown(line, MESSAGE_MAX)}`, ""];
}
function baseBuildBlock(v, ctx) {
  const base = v.base;
  if (!base || base.status !== "failed" && base.status !== "unchanged") return [];
  const out = [`${base.status === "failed" ? "⚠️ " : ""}_${escapeMarkdown(base.message ?? base.status, MESSAGE_MAX)}${base.status === "failed" ? " (the head is measured and gated as without `--against`)" : ""}_`];
  const lines = ctx.detail.buildOutputLines;
  if (base.details && lines > 0) out.push("", codeBlock(base.details, lines));
  return out;
}

// src/report/markdown/summary-table.ts
var has = (ctx, metric) => ctx.variants.some((v) => v.rows.some((r) => r.metric === metric));
var gzipOf = (v) => v.rows.find((r) => r.id === "gzip");
var COLUMNS = [
  { header: () => "Variant", align: "left", shown: () => true, cell: (v) => `${STATUS_ICON[v.status] ?? ""} **${escapeMarkdown(v.name, NAME_MAX3)}**` },
  { header: () => "gzip", align: "right", shown: () => true, cell: (v) => gzipCell(gzipOf(v)) },
  { header: () => "Δ gzip", align: "right", shown: () => true, cell: (v) => deltaCell(v, gzipOf(v)) },
  { header: () => "Cycles", align: "right", shown: (ctx) => has(ctx, "cycles"), cell: (v) => benchDelta(v, "cycles") },
  { header: () => "Instr.", align: "right", shown: (ctx) => has(ctx, "instructions") || has(ctx, "peakMemoryBytes"), cell: (v) => benchDelta(v, "instructions") },
  { header: () => "Memory", align: "right", shown: (ctx) => has(ctx, "instructions") || has(ctx, "peakMemoryBytes"), cell: (v) => benchDelta(v, "peakMemoryBytes") },
  {
    header: (ctx) => `Speed vs<br>${escapeMarkdown(ctx.reference, NAME_MAX3)}`,
    align: "right",
    shown: (ctx) => Boolean(ctx.reference) && ctx.variants.some((v) => v.rows.some((r) => r.metric === "opsPerSec" && r.vsReference !== void 0)),
    cell: (v, ctx) => speedCell(v, ctx.reference)
  },
  { header: () => "vs base", align: "right", shown: (ctx) => hasVsBase(ctx.variants), cell: (v) => vsBaseCell(v) }
];
function summaryTable(variants, reference, rowLimit) {
  const ctx = { variants, ...reference ? { reference } : {} };
  const columns = COLUMNS.filter((c3) => c3.shown(ctx));
  const shown = variants.slice(0, rowLimit);
  const out = table2(
    columns.map((c3) => [c3.header(ctx), c3.align]),
    shown.map((v) => columns.map((c3) => c3.cell(v, ctx)))
  );
  if (variants.length > shown.length) out.push("", `_… and ${plural2(variants.length - shown.length, "more variant")}: see the job summary or the results file._`);
  return out;
}
function gzipCell(row) {
  if (!row) return "—";
  if (row.current === void 0) return row.baseline === void 0 ? "—" : `~~${formatValue(row.baseline, row.unit)}~~`;
  return formatValue(row.current, row.unit);
}
function deltaCell(v, gzip2) {
  if (v.status === "new" || v.status === "removed" || v.status === "error") return v.status;
  if (!gzip2 || gzip2.delta === void 0) return gzip2?.budget?.exceeded ? "over budget" : "—";
  return exactChange(gzip2);
}
function benchDelta(v, metric) {
  const rows = v.rows.filter((r) => r.metric === metric);
  if (rows.length === 0) return "—";
  const worst = worstChange(rows);
  if (!worst) return rows.every((r) => r.status === "new") ? "new" : "—";
  return exactChange(worst);
}
function speedCell(v, reference) {
  if (v.name === reference) return "reference";
  const rows = v.rows.filter((r) => r.metric === "opsPerSec" && r.vsReference !== void 0);
  if (rows.length === 0) return "—";
  if (rows.length === 1) return formatRatio(rows[0]?.vsReference, rows[0]?.vsReferenceCi95);
  return formatRatioRange(rows.map((r) => r.vsReference));
}

// src/report/markdown/allocations.ts
function allocationsBlock(v, benches) {
  const withStats = benches.filter((bench2) => v.measurement?.bench?.[bench2]?.allocations);
  if (withStats.length === 0) return [];
  let moved = false;
  const rows = withStats.map((bench2) => {
    const m = v.measurement?.bench?.[bench2];
    const a2 = m?.allocations;
    const cell2 = (metric) => {
      const row = benchRow(v, bench2, metric);
      if (row && rowChanged(row)) moved = true;
      const value = formatValue(a2[metric], "bytes");
      return row && row.delta !== void 0 && row.delta !== 0 ? `${value} (${exactChange(row)})` : value;
    };
    return [escapeMarkdown(bench2, NAME_MAX3), formatCount(a2.allocs), formatCount(a2.reallocs), formatCount(a2.frees), formatValue(a2.bytes, "bytes"), cell2("peakLiveBytes"), cell2("liveBytesAtEnd"), formatOverhead(m?.heapOverhead)];
  });
  const body = table2(
    [
      ["Benchmark", "left"],
      ["Allocs", "right"],
      ["Reallocs", "right"],
      ["Frees", "right"],
      ["Bytes", "right"],
      ["Peak live", "right"],
      ["Live at end", "right"],
      ["Overhead", "right"]
    ],
    rows
  );
  const note = "_Requested sizes, one call at the iterations above; overhead: memory grown past the start per live byte at the peak._";
  if (moved) return ["", "**Allocations**", "", ...body, "", note];
  return ["", "<details><summary>Allocations</summary>", "", ...body, "", note, "", "</details>"];
}

// src/report/markdown/verdict.ts
function title(r, commentKey) {
  const key = commentKey || r.commentKey;
  const name3 = `wasm-gate${key ? ` · ${escapeMarkdown(key, 60)}` : ""}`;
  const regressed = regressedCount(r);
  const measured = r.variants.filter((v) => v.status !== "removed").length;
  let icon;
  let verdict;
  if (r.status === "error") {
    icon = STATUS_ICON.error;
    verdict = `error — ${plural2(errorCount(r), "problem")} to fix`;
  } else if (regressed > 0 && r.acceptance?.applied) {
    icon = ACCEPTED_ICON;
    verdict = `${plural2(regressed, "regressed variant")}, accepted by label`;
  } else if (regressed > 0) {
    icon = STATUS_ICON.regressed;
    verdict = `${regressed} of ${plural2(measured, "variant")} regressed`;
  } else {
    icon = STATUS_ICON.pass;
    verdict = r.mode === "update" ? `baseline measured for ${plural2(measured, "variant")}` : `no regression in ${plural2(measured, "variant")}`;
  }
  const paragraph = [...countsLine(r), ...overBudgetLine(r), ...failedLines(r)];
  const lines = [`## ${icon} ${name3}: ${verdict}`];
  if (paragraph.length > 0) lines.push("", paragraph.join("<br>\n"));
  return lines;
}
function countsLine(r) {
  const count3 = (status) => r.variants.filter((v) => v.status === status).length;
  const statuses = ["regressed", "error", "improved", "new", "removed", "pass"].filter((s) => count3(s) > 0);
  if (statuses.length === 0) return ["_no variant was measured_"];
  if (statuses.every((s) => s === "regressed" || s === "pass")) return [];
  return [statuses.map((s) => `${STATUS_ICON[s]} ${count3(s)} ${s === "pass" ? "within thresholds" : s}`).join(" · ")];
}
var FAILED_LINES_MAX = 8;
function failedLines(r) {
  const families = failedFamilies(sortByConcern(r.variants));
  if (families.length === 0) return [];
  const lines = families.slice(0, FAILED_LINES_MAX).map((f) => {
    const { items, thresholds } = describeFamily(f);
    return `${STATUS_ICON.regressed} **${escapeMarkdown(f.variant, NAME_MAX3)}** ${escapeMarkdown(f.family, NAME_MAX3)}: ${items.join(", ")}${thresholds ? `; ${thresholds}` : ""}`;
  });
  const more = families.length - lines.length;
  if (more > 0) lines.push(`_… and ${plural2(more, "more failed check")}, in the details below._`);
  return lines;
}
function overBudgetLine(r) {
  const over = r.variants.flatMap((v) => budgetRows(v).filter((row) => row.budget?.exceeded).map((row) => ({ v, row })));
  const first = over[0];
  if (!first) return [];
  const more = over.length > 1 ? `, and ${plural2(over.length - 1, "more value")} over budget` : "";
  return [`Over budget: **${escapeMarkdown(first.v.name, NAME_MAX3)}** ${escapeMarkdown(describeBudget(first.row), NAME_MAX3 * 2)}${more}`];
}
function reviewBlock(review, maxItems) {
  const out = [];
  if (review.loosened.length > 0) {
    out.push(
      "> [!IMPORTANT]",
      `> **Accepted in this PR:** it edits the baseline or thresholds, which loosens ${plural2(review.loosened.length, "check")}. Reviewers approve these with the code:`
    );
    for (const l of review.loosened.slice(0, maxItems)) out.push(`> - ${describeLoosening(l)}`);
    if (review.loosened.length > maxItems) out.push(`> - … and ${review.loosened.length - maxItems} more`);
    out.push("");
  } else if (review.baselineAdded) {
    out.push("> [!NOTE]", "> This PR adds the baseline: nothing was gated before it.", "");
  } else if (review.baselineChanged || review.thresholdsChanged) {
    out.push("> [!NOTE]", `> This PR updates the ${review.baselineChanged ? "baseline" : "thresholds"}; no check is loosened by it.`, "");
  }
  if (review.source === "unavailable" || review.reason) {
    out.push(
      "> [!NOTE]",
      `> The base branch's baseline and thresholds could not be read${review.reason ? ` (${escapeMarkdown(review.reason, 300)})` : ""}, so what this PR changes in them is not listed.`,
      ""
    );
  }
  return out;
}
function describeLoosening(l) {
  const name3 = `**${escapeMarkdown(l.variant, NAME_MAX3)}** ${escapeMarkdown(l.label, NAME_MAX3)}`;
  if (l.droppedFromBaseline) return `${name3}: dropped from the baseline, no longer gated`;
  const parts = [];
  if (l.from !== void 0 && l.to !== void 0) {
    const pct = formatPercent(l.deltaPct);
    const value = (x) => l.perUnit && l.unit === "instructions" ? x.toLocaleString("en-US", { maximumSignificantDigits: 4 }) : formatValue(x, l.unit);
    const work = l.perUnit ? `; iterations ${formatValue(l.perUnit.fromIterations, "instructions")} → ${formatValue(l.perUnit.toIterations, "instructions")}` : "";
    parts.push(`${pct || "changed"} (${value(l.from)} → ${value(l.to)}${work})`);
  }
  if (l.budgetFrom !== void 0 && l.budgetTo !== void 0) {
    parts.push(`${formatValue(l.budgetFrom, l.unit)} → ${l.budgetTo === null ? "no budget" : formatValue(l.budgetTo, l.unit)}`);
  }
  if (l.thresholdFrom !== void 0 && l.thresholdTo !== void 0) {
    const unit = l.unit === "bytes" ? "B" : l.unit;
    parts.push(`threshold ${describeThreshold(l.thresholdFrom, unit)} → ${describeThreshold(l.thresholdTo, unit)}`);
  }
  return `${name3} ${parts.join(", ")}`;
}
function missingBaselineBlock(r, updateCommand) {
  if (r.missingBaseline === void 0) return [];
  const gated = r.variants.some((v) => budgetRows(v).length > 0) ? "only the budgets were gated" : "nothing was gated";
  return [
    "> [!WARNING]",
    `> **No baseline at ${codeSpan(r.missingBaseline)}:** every variant is new, so ${gated}. Commit one there (${codeSpan(updateCommand)}), or set the action's ${codeSpan("baseline")} input to where it is.`,
    ""
  ];
}
function acceptanceBlock(r) {
  const regressed = regressedCount(r);
  if (!r.acceptance?.applied || regressed === 0) return [];
  return [
    "> [!WARNING]",
    `> **${plural2(regressed, "regressed variant")} accepted by the ${codeSpan(r.acceptance.label)} label:** the check passes. Remove the label to gate ${regressed === 1 ? "it" : "them"} again.`,
    ""
  ];
}
function nextStep(ctx) {
  const r = ctx.results;
  const install = ctx.installCommand ? ` (once: ${codeSpan(ctx.installCommand)})` : "";
  if (regressedCount(r) > 0 && !r.acceptance?.applied) {
    const label = r.acceptance?.label;
    const overBudget = r.variants.some((v) => v.status === "regressed" && budgetRows(v).some((row) => row.budget?.exceeded));
    const budgetStep = overBudget ? ["**Over budget:** make it smaller, or raise its `budget` in the config (a new baseline does not move a budget).", ""] : [];
    const regressedRows = r.variants.flatMap((v) => v.rows.filter((row) => row.status === "regressed"));
    const slowerThanBase = regressedRows.filter(regressedAgainstBase);
    const baseStep = slowerThanBase.length > 0 ? [`**Slower than the base commit:** a new baseline does not change that comparison. If it is intended, ${label ? `add the ${codeSpan(label)} label, or ` : ""}set ${codeSpan("thresholds.vsBase")} for the variant in the config (a larger ${codeSpan("relative")}, or ${codeSpan("false")}).`, ""] : [];
    if ((overBudget || slowerThanBase.length > 0) && regressedRows.length === slowerThanBase.length) return [...budgetStep, ...baseStep];
    return [
      ...budgetStep,
      ...baseStep,
      `**To accept an intended change:** run ${codeSpan(ctx.updateCommand)}${install} and commit the baseline${label ? `, or add the ${codeSpan(label)} label` : ""}.`,
      ""
    ];
  }
  const improved = r.variants.filter((v) => v.status === "improved").length;
  if (improved > 0 && r.status === "pass" && r.mode === "check") {
    return [
      `${STATUS_ICON.improved} **Lock in the improvement:** run ${codeSpan(ctx.updateCommand)}${install} and commit the baseline, so that later PRs are held to the new numbers.`,
      ""
    ];
  }
  return [];
}
function regressedAgainstBase(row) {
  return row.vsBaseThreshold !== void 0 && row.vsBaseCi95 !== void 0 && pairedStatus(row.vsBaseCi95, row.vsBaseThreshold) === "regressed";
}
function problemBlock(p, outputLines) {
  const [first = "", ...more] = p.message.split("\n");
  const out = [`${STATUS_ICON.error} ${escapeMarkdown(first, MESSAGE_MAX)}`];
  const details = more.map((l) => l.trim()).filter(Boolean).join("\n");
  if (details) out.push("", codeBlock(details, Math.max(outputLines, 10)));
  if (p.details && outputLines > 0) {
    const lines = p.details.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
    const visible = Math.min(lines.length, outputLines);
    const earlier = lines.slice(0, lines.length - visible);
    if (earlier.length > 0) {
      out.push("", `<details><summary>${escapeHtmlText(plural2(earlier.length, "earlier line"))} of output</summary>`, "", codeBlock(earlier.join("\n")), "", "</details>");
    }
    out.push("", codeBlock(lines.slice(-visible).join("\n")));
  }
  return out;
}
function regressedCount(r) {
  return r.variants.filter((v) => v.status === "regressed").length;
}
function errorCount(r) {
  return r.problems.length + r.variants.filter((v) => v.status === "error").length;
}

// src/report/markdown/variant-detail.ts
var DETAIL_BLOCKS = [problemsBlock, baseBuildBlock, sizesBlock, budgetsBlock, reuseBlock, functionsBlock, benchmarksBlock, timingsBlock];
function budgetsBlock(v) {
  const rows = budgetRows(v);
  if (rows.length === 0) return [];
  const item = (r) => `${r.budget?.exceeded ? `${STATUS_ICON.regressed} ` : ""}${escapeMarkdown(describeBudget(r), NAME_MAX3 * 2)}`;
  if (rows.length <= 3) return [`Budgets: ${rows.map(item).join(" · ")}.`];
  return ["Budgets:", "", ...rows.map((r) => `- ${item(r)}`)];
}
function reuseBlock(v) {
  const reuse = v.measurement?.reuse;
  return reuse ? [`_${reuseSentence(reuse)}_`] : [];
}
function functionsBlock(v, ctx) {
  return functionMarkdown(v, ctx.reference, { rows: ctx.detail.sections ? 10 : 5 });
}
function variantDetail(v, ctx) {
  const blocks = DETAIL_BLOCKS.map((block) => block(v, ctx)).filter((b) => b.length > 0);
  const open3 = v.status === "error" || v.problems.length > 0;
  return [`<details${open3 ? " open" : ""}><summary>${foldSummary(v)}</summary>`, "", ...blocks.flatMap((b) => [...b, ""]), "</details>", ""];
}
var SIZE_IDS = new Set(SIZE_METRICS);
function foldSummary(v) {
  const head = `<b>${STATUS_ICON[v.status] ?? ""} ${escapeHtmlText(v.name, NAME_MAX3)}</b> — ${v.status}`;
  if (v.status === "error") return `${head}: ${escapeHtmlText(v.problems[0]?.kind ?? "problem")} ${v.problems.length > 1 ? `and ${plural2(v.problems.length - 1, "more problem")}` : "failed"}`;
  if (v.status === "removed") return `${head}: in the baseline, not in the config; the next <code>update</code> drops it`;
  if (v.status === "new") return head;
  const over = budgetRows(v).filter((r) => r.budget?.exceeded);
  if (over.length > 0) return `${head}: ${over.slice(0, 2).map((r) => escapeHtmlText(describeBudget(r), NAME_MAX3 * 2)).join(", ")}${over.length > 2 ? `, ${over.length - 2} more over budget` : ""}`;
  const changed = v.rows.filter((r) => (rowChanged(r) && r.baseline !== void 0 || vsBaseRegression(r)) && r.metric !== "section" && r.metric !== "raw");
  if (changed.length === 0) return `${head}, unchanged`;
  const status = (r) => r.status === "regressed" ? 0 : r.status === "improved" ? 1 : 2;
  const shown = [...changed].sort((a2, b) => status(a2) - status(b) || weight2(a2) - weight2(b)).slice(0, 2);
  const more = changed.length - shown.length;
  const describe2 = (r) => vsBaseRegression(r) ? `${escapeHtmlText(r.label, NAME_MAX3)} ${formatRatio(r.vsBase, r.vsBaseCi95)} vs base` : r.bench ? `${escapeHtmlText(r.label, NAME_MAX3)} ${exactChange(r)}` : `${r.metric} ${formatChange(r)}`;
  return `${head}: ${shown.map(describe2).join(", ")}${more > 0 ? `, ${more} more` : ""}`;
}
function weight2(r) {
  return { gzip: 0, cycles: 1, instructions: 2, peakMemoryBytes: 3, liveBytesAtEnd: 4, peakLiveBytes: 5, brotli: 6, optimized: 7 }[r.metric] ?? 8;
}
function problemsBlock(v, ctx) {
  return v.problems.flatMap((p, i2) => [...i2 > 0 ? [""] : [], ...problemBlock(p, ctx.detail.buildOutputLines)]);
}
function sizesBlock(v, ctx) {
  const sizes2 = v.rows.filter((r) => SIZE_IDS.has(r.metric));
  if (sizes2.length === 0) return [];
  if (v.status === "removed") {
    return [`In the baseline, not in the config: the next \`update\` drops it. Its baseline sizes: ${sizes2.map((r) => `${r.metric} ${formatValue(r.baseline, r.unit)}`).join(" · ")}.`];
  }
  const sections = ctx.detail.sections ? changedSections(v) : [];
  if (!sizes2.some(rowChanged) && sections.length === 0) {
    return [`Sizes unchanged: ${sizes2.map((r) => `${r.metric} ${formatValue(r.current, r.unit)}`).join(" · ")}.`];
  }
  const rows = [...sizes2, ...sections].map((r) => [
    flagged([r], r.metric === "section" ? `${escapeMarkdown(r.label.replace(/^section /, ""), NAME_MAX3)} section` : `**${r.metric}**`),
    formatValue(r.baseline, r.unit),
    formatValue(r.current, r.unit),
    changeCell(r),
    formatThreshold(r)
  ]);
  return table2(
    [
      ["Size", "left"],
      ["Baseline", "right"],
      ["Current", "right"],
      ["Change", "right"],
      ["Threshold", "left"]
    ],
    rows
  );
}
function changedSections(v) {
  const size = (r) => Math.abs(r.delta ?? r.current ?? r.baseline ?? 0);
  return v.rows.filter((r) => r.metric === "section" && rowChanged(r)).sort((a2, b) => size(b) - size(a2) || a2.label.localeCompare(b.label));
}
function benchmarksBlock(v, ctx) {
  const benches = benchNames(v).filter((b) => v.rows.some((r) => r.bench === b && !isTiming(r)));
  if (benches.length === 0) return [];
  const reference = ctx.reference;
  const withSpeed = Boolean(reference) && v.name !== reference && v.rows.some((r) => r.metric === "opsPerSec" && r.vsReference !== void 0);
  const withCycles = benches.some((bench2) => benchRow(v, bench2, "cycles"));
  const rows = benches.map((bench2) => {
    const cycles = benchRow(v, bench2, "cycles");
    const instructions = benchRow(v, bench2, "instructions");
    const memory = benchRow(v, bench2, "peakMemoryBytes");
    const speed2 = benchRow(v, bench2, "opsPerSec");
    const iterations = v.measurement?.bench?.[bench2]?.iterations;
    return [
      // With cycles, the iterations sit under the name: a 780 px comment has no room for another column.
      flagged([cycles, instructions, memory], escapeMarkdown(bench2, NAME_MAX3)) + (withCycles && iterations !== void 0 ? `<br><sub>×${formatCount(iterations)}</sub>` : ""),
      ...withCycles ? [] : [iterations === void 0 ? "—" : formatCount(iterations)],
      // With cycles (the speed verdict) first, instructions keep only their change: a 780 px comment has no room for both values.
      ...withCycles ? [formatValue(cycles?.current ?? cycles?.baseline, "cycles"), changeCell(cycles, true)] : [formatValue(instructions?.current ?? instructions?.baseline, "instructions")],
      changeCell(instructions, true),
      formatValue(memory?.current ?? memory?.baseline, "bytes"),
      changeCell(memory, true),
      ...withSpeed ? [formatRatio(speed2?.vsReference, speed2?.vsReferenceCi95) || "—"] : [],
      ...hasVsBase([v]) ? [vsBaseBenchCell(speed2)] : []
    ];
  });
  const out = table2(
    [
      ["Benchmark", "left"],
      ...withCycles ? [["Cycles", "right"], ["Δ", "right"], ["Instr. Δ", "right"]] : [[`Itera${SHY}tions`, "right"], [`Instruc${SHY}tions`, "right"], ["Δ", "right"]],
      ["Peak memory", "right"],
      ["Δ", "right"],
      ...withSpeed ? [[`Speed vs ${escapeMarkdown(reference, NAME_MAX3)}`, "right"]] : [],
      ...hasVsBase([v]) ? [["vs base", "right"]] : []
    ],
    rows
  );
  const initial = initialMemoryLine(v, benches);
  if (initial) out.push("", initial);
  out.push(...allocationsBlock(v, benches));
  if (v.status === "new") out.push("", "_New: iterations were calibrated in this run; `update` stores them, and later runs reuse them so counts compare exactly._");
  return out;
}
function initialMemoryLine(v, benches) {
  const memory = benches.map((b) => benchRow(v, b, "peakMemoryBytes")).filter((r) => r?.initialMemoryBytes !== void 0);
  if (memory.length === 0) return void 0;
  const values2 = [...new Set(memory.map((r) => r.initialMemoryBytes))].sort((a2, b) => a2 - b);
  const start = values2.length === 1 ? formatValue(values2[0], "bytes") : `${formatValue(values2[0], "bytes")} to ${formatValue(values2.at(-1), "bytes")}`;
  const atStart = memory.filter((r) => r.current !== void 0 && r.current === r.initialMemoryBytes).length;
  const note = atStart === memory.length ? ": every peak is the initial memory (the build's setting decided it, not the allocator)" : atStart > 0 ? `: ${plural2(atStart, "peak")} of ${memory.length} stayed at it` : "";
  return `Initial memory ${start}${note}.`;
}
function timingsBlock(v, ctx) {
  const rows = v.rows.filter(isTiming);
  if (rows.length === 0) return [];
  const gated = rows.some(timingVisible);
  if (!gated && !ctx.detail.timings) return [];
  const withBaseline = rows.some((r) => r.baseline !== void 0);
  const body = rows.map((r) => [
    flagged([r], escapeMarkdown(r.bench ?? r.label, NAME_MAX3)),
    formatRateWithSpread(r.current, r.ci95),
    ...withBaseline ? [formatRateWithSpread(r.baseline, r.baselineCi95), r.deltaPct === void 0 ? "" : emphasis(r, formatPercent(r.deltaPct))] : [],
    ...gated ? [formatThreshold(r)] : []
  ]);
  const tableLines = table2(
    [
      ["Benchmark", "left"],
      ["Throughput (this run)", "right"],
      ...withBaseline ? [["Baseline", "right"], ["Δ", "right"]] : [],
      ...gated ? [["Threshold", "left"]] : []
    ],
    body
  );
  if (gated) return ["Throughput (gated: a change counts only when its whole 95% interval lies past the threshold):", "", ...tableLines];
  return [
    `<details><summary>Throughput on this runner (not gated: timings from other machines do not compare)</summary>`,
    "",
    ...tableLines,
    "",
    "</details>"
  ];
}
function changeCell(row, percentOnly = false) {
  if (!row) return "—";
  if (row.notComparable) return `${formatChange(row)} _(not comparable)_`;
  if (row.status === "new" || row.status === "removed" || row.delta === void 0) return exactChange(row);
  return emphasis(row, percentOnly ? exactChange(row) : formatChange(row));
}
function emphasis(row, text) {
  return row.status === "regressed" || row.status === "improved" ? `**${text}**` : text;
}
function flagged(rows, label) {
  const status = rows.some((r) => r?.status === "regressed") ? "regressed" : rows.some((r) => r?.status === "improved") ? "improved" : void 0;
  return status ? `${STATUS_ICON[status]} ${label}` : label;
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var LEVELS = [
  { chart: true, quietDetails: true, timings: true, sections: true, buildOutputLines: 30, loosenedItems: 50, rowLimit: Infinity },
  { chart: true, quietDetails: true, timings: false, sections: true, buildOutputLines: 20, loosenedItems: 50, rowLimit: Infinity },
  { chart: false, quietDetails: false, timings: false, sections: true, buildOutputLines: 12, loosenedItems: 30, rowLimit: Infinity },
  { chart: false, quietDetails: false, timings: false, sections: false, buildOutputLines: 5, loosenedItems: 10, rowLimit: Infinity }
];
function commentMarker(key = "") {
  return `<!-- wasm-gate:comment key=${encodeKey(key)} -->`;
}
function encodeKey(key) {
  return key.replace(/[^A-Za-z0-9._:/+=-]/g, (c3) => encodeURIComponent(c3).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
}
function renderMarkdown(results, options = {}) {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT - 536;
  const r = results;
  for (const level of LEVELS) {
    const text = render(r, options, level);
    if (text.length <= maxLength) return text;
  }
  const last = LEVELS[LEVELS.length - 1];
  let low = 0;
  let high = Math.max(r.variants.length, 1);
  let best;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const text = render(r, options, { ...last, rowLimit: mid, loosenedItems: 5, buildOutputLines: 0 });
    if (text.length <= maxLength) {
      best = text;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best ?? minimal(r, options, maxLength);
}
function render(r, options, detail) {
  const ctx = {
    results: r,
    detail,
    updateCommand: r.context?.commands?.update ?? options.acceptCommand ?? "npx wasm-gate update",
    ...r.context?.commands?.install ? { installCommand: r.context.commands.install } : {}
  };
  const out = [];
  if (options.commentKey !== void 0) out.push(commentMarker(options.commentKey));
  out.push(...title(r, options.commentKey), "");
  if (r.baselineReview) out.push(...reviewBlock(r.baselineReview, detail.loosenedItems));
  out.push(...missingBaselineBlock(r, ctx.updateCommand));
  out.push(...acceptanceBlock(r));
  for (const p of r.problems) out.push(...problemBlock(p, detail.buildOutputLines), "");
  out.push(...nextStep(ctx));
  const sorted = sortByConcern(r.variants);
  if (sorted.length > 0) out.push(...summaryTable(sorted, r.reference, detail.rowLimit), "");
  out.push(...againstBlock(r));
  const shown = sorted.slice(0, detail.rowLimit);
  const changed = shown.filter(variantChanged);
  const quiet = detail.quietDetails ? shown.filter((v) => !variantChanged(v)) : [];
  const blockCtx = { ...r.reference ? { reference: r.reference } : {}, detail };
  for (const v of changed) out.push(...variantDetail(v, blockCtx));
  if (quiet.length > 0) out.push(...quietFold(quiet, quiet.flatMap((v) => variantDetail(v, blockCtx))));
  const left = sorted.length - changed.length - quiet.length;
  if (left > 0) out.push(`_The detail of ${plural2(left, "more variant")} is in the job summary and the results file._`, "");
  if (detail.chart) {
    const chart = gzipChart(r.variants);
    if (chart.length > 0) out.push(...chart, "");
  }
  out.push(...footer(ctx));
  return `${out.join("\n")}
`;
}
function quietFold(variants, body) {
  const names = variants.slice(0, QUIET_NAMES).map((v) => escapeHtmlText(v.name, 40));
  const more = variants.length > QUIET_NAMES ? `, ${variants.length - QUIET_NAMES} more` : "";
  const noun = variants.length === 1 ? "variant" : "variants";
  return [`<details><summary>${variants.length} ${noun} unchanged: ${names.join(", ")}${more}</summary>`, "", ...body, "</details>", ""];
}
var QUIET_NAMES = 4;
function minimal(r, options, maxLength) {
  const marker = options.commentKey !== void 0 ? `${commentMarker(options.commentKey)}
` : "";
  const verdict = r.status === "pass" ? "passed" : r.status === "regressed" ? "regression" : "error";
  const text = `${marker}## wasm-gate: ${verdict}

The report is too long for a comment: see the job summary or the results file.
`;
  return text.length <= maxLength ? text : text.slice(0, maxLength);
}

// src/validate.ts
import { existsSync as existsSync7 } from "node:fs";
async function validateFiles(configFile, baselineFile) {
  const problems = [];
  const notes = [];
  const attempt = async (load3) => {
    try {
      await load3();
    } catch (error) {
      problems.push(error instanceof InputFileError ? error.message : String(error));
    }
  };
  await attempt(() => loadConfig(configFile));
  if (!existsSync7(baselineFile)) notes.push(`no baseline yet at ${baselineFile} (first adoption: \`wasm-gate update\` writes it)`);
  else await attempt(() => loadBaseline(baselineFile));
  return { problems, notes };
}

// src/cli.ts
var USAGE = `wasm-gate ${WASM_GATE_VERSION}: gate WebAssembly size and speed against a committed baseline

Usage:
  wasm-gate check    [options]   build, optimize, measure, benchmark, compare with the baseline
  wasm-gate update   [options]   measure and rewrite the baseline
  wasm-gate validate [options]   check config and baseline against their schemas
  wasm-gate init     [--config F] write a starter config for the crates and .wasm files found here
  wasm-gate merge    FILES...      combine the results of a matrix's shards into one verdict and
                                   report (--json, --markdown; --write-baseline after update shards)
  wasm-gate help | version

Options:
  --config F      config file (default ${DEFAULT_CONFIG_FILE})
  --baseline F    baseline file (default ${DEFAULT_BASELINE_FILE} beside the config)
  --out-dir D     write each variant's optimized module as D/<name>.wasm
  --json F        write the results as JSON
  --markdown F    write the Markdown report
  --shard K/N     run the K-th of N slices of the variants (every N-th, from the K-th)
  --variants a,b  run only the named variants
  --cache-dir D   reuse (and keep) optimized modules and measurements in D, as config "cache"
  --no-reuse      measure every variant again, even when its artifact and settings are unchanged
  --against REF   check: build every variant again at the commit REF names (a git worktree of
                  the config's repository) and time base and head paired: a "vs base" ratio
                  per benchmark, gated by thresholds.vsBase (docs/WALL-CLOCK.md)
  --verbose       show build output, full tool output, every variant's benchmarks and this
                  machine's throughput
  --no-color      plain output even on a terminal

Exit codes: 0 pass, 1 regression, 2 error.
Cancelled by SIGINT (Ctrl-C) or SIGTERM: 130 or 143; every build and benchmark process is
stopped, and the --markdown file says the run was cancelled.
`;
async function main(argv) {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}
Run \`wasm-gate help\` for the options.
`);
    return 2;
  }
  const { command, values: values2, flags } = args;
  if (command === "version" || flags.version) {
    process.stdout.write(`${WASM_GATE_VERSION}
`);
    return 0;
  }
  if (command === "help" || flags.help || !command) {
    process.stdout.write(USAGE);
    return command || flags.help ? 0 : 2;
  }
  const configFile = path22.resolve(values2.config ?? DEFAULT_CONFIG_FILE);
  const baselineFile = path22.resolve(values2.baseline ?? path22.join(path22.dirname(configFile), DEFAULT_BASELINE_FILE));
  if (command === "init") {
    const here = path22.dirname(fileURLToPath5(import.meta.url));
    const done = await init({ configFile, command: invocation(), schemasDir: path22.join(here, "..", "schemas") });
    (done.code === 0 ? process.stdout : process.stderr).write(`${done.message}
`);
    return done.code;
  }
  if (command === "validate") {
    const { problems, notes } = await validateFiles(configFile, baselineFile);
    for (const p of problems) process.stderr.write(`error: ${p}
`);
    for (const n2 of notes) process.stdout.write(`note: ${n2}
`);
    if (problems.length === 0) process.stdout.write(`ok: ${notes.length > 0 ? configFile : `${configFile} and ${baselineFile}`} ${notes.length > 0 ? "is" : "are"} valid
`);
    return problems.length === 0 ? 0 : 2;
  }
  const log = quietAfterCancel(consoleLogger(process.stderr, flags.verbose ?? false));
  let soFar;
  exitOnSignal(async (signal) => {
    process.stderr.write(`wasm-gate: ${cancelledLine(signal)}
`);
    const report = cancelledMarkdown(signal, command) + (soFar ? `
${renderMarkdown(soFar)}` : "");
    if (values2.markdown) await writeFileAtomic(values2.markdown, report, "report (--markdown)").catch(() => {
    });
  });
  let results;
  if (command === "merge") {
    if (args.files.length === 0) {
      process.stderr.write("error: merge needs the shards' results files, e.g. `wasm-gate merge results/results-*.json`\n");
      return 2;
    }
    ({ results } = await runMerge({ patterns: args.files, ...flags["write-baseline"] ? { writeBaseline: { baselineFile, configFile } } : {}, log }));
  } else {
    let select;
    try {
      if (values2.shard !== void 0) select = { shard: parseShard(values2.shard) };
      if (values2.variants !== void 0) select = { ...select, variants: values2.variants.split(",").map((v) => v.trim()).filter(Boolean) };
    } catch (error) {
      if (!(error instanceof SelectionError)) throw error;
      process.stderr.write(`error: ${error.message}
`);
      return 2;
    }
    let against;
    if (values2.against !== void 0) {
      const resolved = await resolveAgainst(path22.dirname(configFile), values2.against);
      if ("error" in resolved) {
        process.stderr.write(`error: ${resolved.error}
`);
        return 2;
      }
      against = resolved;
    }
    const onProgress = async (unfinished) => {
      if (cancellation()) return;
      soFar = unfinished;
      if (values2.markdown) await writeFileAtomic(values2.markdown, renderMarkdown(unfinished), "report (--markdown)").catch(() => {
      });
      if (values2.json) await writeFileAtomic(values2.json, `${JSON.stringify(unfinished, null, 2)}
`, "results (--json)").catch(() => {
      });
    };
    ({ results } = await runGate({
      mode: command,
      ...values2.json || values2.markdown ? { onProgress } : {},
      configFile,
      baselineFile,
      ...values2["out-dir"] ? { outDir: path22.resolve(values2["out-dir"]) } : {},
      ...select ? { select } : {},
      ...values2["cache-dir"] ? { cacheDir: path22.resolve(values2["cache-dir"]) } : {},
      ...flags["no-reuse"] ? { reuse: false } : {},
      ...against ? { against } : {},
      log
    }));
  }
  const cancelled = cancellation();
  if (cancelled) return signalExitCode(cancelled);
  const color = Boolean(process.stdout.isTTY) && !flags["no-color"] && !process.env.NO_COLOR;
  const writes = [];
  if (values2.json) await writeFileAtomic(values2.json, `${JSON.stringify(results, null, 2)}
`, "results (--json)").catch((e) => writes.push(e.message));
  if (values2.markdown) await writeFileAtomic(values2.markdown, renderMarkdown(results), "report (--markdown)").catch((e) => writes.push(e.message));
  process.stdout.write(renderConsole(results, { color, verbose: flags.verbose ?? false }));
  for (const w of writes) process.stderr.write(`error: ${w}
`);
  return writes.length > 0 ? 2 : results.exitCode;
}
async function resolveAgainst(dir, ref) {
  const resolved = await resolveCommit(dir, ref);
  if ("sha" in resolved) return { ref, sha: resolved.sha };
  return {
    error: `--against ${ref}: no commit "${ref}" in the repository of ${dir} (${resolved.why}). Fetch it first (\`git fetch origin ${ref}\`); in GitHub Actions, set \`fetch-depth: 0\` on actions/checkout`
  };
}
function invocation() {
  const script = process.argv[1] ? realpathSync(process.argv[1]) : "";
  if (!script || /[\\/]node_modules[\\/]/.test(script) || /[\\/]node_modules[\\/]/.test(process.argv[1] ?? "")) return "npx wasm-gate";
  const relative = path22.relative(process.cwd(), script);
  return `node ${relative.startsWith("..") ? script : relative}`;
}
main(process.argv.slice(2)).then(
  (code) => exitSoon(code),
  (error) => {
    process.stderr.write(`wasm-gate: internal error: ${error?.stack ?? String(error)}
`);
    exitSoon(2);
  }
);
function exitSoon(code) {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 2e3).unref();
}
export {
  main
};

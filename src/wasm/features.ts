// Which WebAssembly features a module uses, decoded from its bytes: every section, constant
// expressions and function bodies, plus what its target_features section declares. wasm-opt is
// given exactly these, so its output never uses a feature the input did not.
// Names are binaryen's (`--enable-<name>`). Pure module.
import { Cursor, hex } from './cursor.js';
import { FeatureBits as B, scanExpression, type TypeArity, UndecodedError, valTypeBits } from './feature-scan.js';
import { FEATURE_NAMES, type ModuleFeatures } from './feature-names.js';
import { readImportSection } from './import-section.js';
import { readSections, type WasmSection } from './sections.js';

export { FEATURE_NAMES, featuresToEnable, type ModuleFeatures, type WasmFeature } from './feature-names.js';

export function detectFeatures(bytes: Uint8Array): ModuleFeatures {
  const d = new Detector(bytes);
  d.run();
  const used = FEATURE_NAMES.filter((_, i) => (d.bits & (1 << i)) !== 0);
  return { used, ...(d.declared ? { declared: d.declared } : {}), ...(d.undecoded ? { undecoded: d.undecoded } : {}) };
}

const utf8 = new TextDecoder('utf-8');

class Detector {
  bits = 0;
  declared: string[] | undefined;
  undecoded: string | undefined;
  private readonly types: TypeArity[] = [];
  private readonly globalMutable: boolean[] = [];
  private tables = 0;
  private memories = 0;
  private importedFunctions = 0;

  constructor(private readonly bytes: Uint8Array) {}

  run(): void {
    for (const s of readSections(this.bytes)) {
      const c = new Cursor(this.bytes, s.payloadStart, s.end);
      try {
        this.section(s, c);
      } catch (error) {
        // Never fatal: binaryen reads the module anyway and says what it needs.
        if (error instanceof UndecodedError) this.bits |= error.bits;
        this.undecoded ??= `${s.name} section: ${(error as Error).message}`;
      }
    }
    if (this.tables > 1) this.bits |= B.referenceTypes;
    if (this.memories > 1) this.bits |= B.multimemory;
  }

  private section(s: WasmSection, c: Cursor): void {
    switch (s.id) {
      case 0:
        if (s.name === 'target_features') this.targetFeatures(c);
        return;
      case 1:
        return this.typeSection(c);
      case 2:
        return this.importSection(c);
      case 4:
        return this.vec(c, () => this.tableType(c, true));
      case 5:
        return this.vec(c, () => {
          this.limits(c);
          this.memories++;
        });
      case 6:
        return this.vec(c, () => {
          this.bits |= valTypeBits(c);
          this.globalMutable.push(c.byte() === 1);
          this.constExpr(c);
        });
      case 7:
        return this.exportSection(c);
      case 9:
        return this.vec(c, () => this.elementSegment(c));
      case 10:
        return this.codeSection(c);
      case 11:
        return this.vec(c, () => this.dataSegment(c));
      case 12:
        this.bits |= B.bulkMemory;
        return;
      case 13:
        this.bits |= B.exceptionHandling;
        return;
      default:
        return;
    }
  }

  private vec(c: Cursor, each: () => void): void {
    const n = c.u32('count');
    for (let i = 0; i < n; i++) each();
  }

  private targetFeatures(c: Cursor): void {
    c.skipBytes(c.u32('section name length'));
    const declared: string[] = [];
    this.vec(c, () => {
      const prefix = String.fromCharCode(c.byte());
      const len = c.u32('feature name length');
      const start = c.pos;
      c.skipBytes(len);
      declared.push(prefix + utf8.decode(this.bytes.subarray(start, c.pos)));
    });
    this.declared = declared;
  }

  private typeSection(c: Cursor): void {
    this.vec(c, () => {
      if (this.bytes[c.pos] === 0x4e) {
        // rec group
        c.pos++;
        this.bits |= B.gc;
        this.vec(c, () => this.subType(c));
      } else {
        this.subType(c);
      }
    });
  }

  private subType(c: Cursor): void {
    let b = this.bytes[c.pos];
    if (b === 0x50 || b === 0x4f) {
      c.pos++;
      this.bits |= B.gc;
      this.vec(c, () => c.u32('supertype'));
      b = this.bytes[c.pos];
    }
    if (b === 0x65) {
      c.pos++;
      this.bits |= B.sharedEverything;
    }
    // custom descriptors: describes (0x4c), descriptor (0x4d), each with a type index
    for (const prefix of [0x4c, 0x4d]) {
      if (this.bytes[c.pos] !== prefix) continue;
      c.pos++;
      this.bits |= B.gc;
      c.u32('descriptor type index');
    }
    const form = c.byte();
    if (form === 0x60) {
      const params = c.u32('param count');
      for (let i = 0; i < params; i++) this.bits |= valTypeBits(c);
      const results = c.u32('result count');
      for (let i = 0; i < results; i++) this.bits |= valTypeBits(c);
      if (results > 1) this.bits |= B.multivalue;
      this.types.push({ params, results });
      return;
    }
    this.types.push({ params: 0, results: 0 });
    if (form === 0x5f) {
      this.bits |= B.gc;
      this.vec(c, () => this.fieldType(c));
    } else if (form === 0x5e) {
      this.bits |= B.gc;
      this.fieldType(c);
    } else if (form === 0x5d) {
      this.bits |= B.stackSwitching;
      c.u32('continuation type');
    } else {
      throw new Error(`unknown type form 0x${hex(form)} at offset ${c.pos - 1}`);
    }
  }

  private fieldType(c: Cursor): void {
    const b = this.bytes[c.pos];
    if (b === 0x78 || b === 0x77) c.pos++; // i8, i16 (packed, GC structs and arrays only)
    else this.bits |= valTypeBits(c);
    c.byte(); // mutability
  }

  private importSection(c: Cursor): void {
    const grouped = readImportSection(c, ({ kind }) => {
      switch (kind) {
        case 0:
          c.u32('import type index');
          this.importedFunctions++;
          return;
        case 1:
          return this.tableType(c, false);
        case 2:
          this.limits(c);
          this.memories++;
          return;
        case 3: {
          this.bits |= valTypeBits(c);
          const mutable = c.byte() === 1;
          if (mutable) this.bits |= B.mutableGlobals;
          this.globalMutable.push(mutable);
          return;
        }
        case 4:
          this.bits |= B.exceptionHandling;
          c.byte();
          c.u32('tag type index');
          return;
      }
    });
    if (grouped) this.bits |= B.compactImports;
  }

  /** A table type; a defined table may start with 0x40 0x00 and end with an initializer. */
  private tableType(c: Cursor, defined: boolean): void {
    const withInit = defined && this.bytes[c.pos] === 0x40;
    if (withInit) {
      c.pos++;
      c.byte();
      this.bits |= B.gc | B.referenceTypes;
    }
    this.referenceType(c);
    this.limits(c);
    if (withInit) this.constExpr(c);
    this.tables++;
  }

  /** The element type of a table or segment: funcref is MVP, anything else needs reference types. */
  private referenceType(c: Cursor): void {
    if (this.bytes[c.pos] === 0x70) c.pos++;
    else this.bits |= valTypeBits(c) | B.referenceTypes;
  }

  private limits(c: Cursor): void {
    const flags = this.bytes[c.pos];
    if (flags !== undefined) {
      if (flags & 0x02) this.bits |= B.threads;
      if (flags & 0x04) this.bits |= B.memory64;
      if (flags & 0x08) this.bits |= B.customPageSizes;
    }
    c.limits();
  }

  private exportSection(c: Cursor): void {
    this.vec(c, () => {
      c.skipBytes(c.u32('export name length'));
      const kind = c.byte();
      const index = c.u32('export index');
      if (kind === 0x03 && this.globalMutable[index]) this.bits |= B.mutableGlobals;
      if (kind === 0x04) this.bits |= B.exceptionHandling;
    });
  }

  private elementSegment(c: Cursor): void {
    const flags = c.u32('element segment flags');
    if (flags > 7) throw new Error(`unknown element segment flags ${flags} at offset ${c.pos}`);
    const passiveOrDeclarative = (flags & 0x01) !== 0;
    const explicitTable = (flags & 0x02) !== 0 && !passiveOrDeclarative;
    const expressions = (flags & 0x04) !== 0;
    if (passiveOrDeclarative) {
      // Passive segments are bulk memory's, declarative ones reference types'; binaryen accepts
      // either kind only with reference types on.
      this.bits |= B.referenceTypes | (flags & 0x02 ? 0 : B.bulkMemory);
    }
    if (explicitTable && c.u32('element table index') !== 0) this.bits |= B.referenceTypes;
    if (!passiveOrDeclarative) this.constExpr(c);
    if (passiveOrDeclarative || explicitTable) {
      if (expressions) {
        this.referenceType(c);
      } else {
        c.byte(); // elemkind 0x00 = funcref
      }
    }
    if (expressions) this.vec(c, () => this.constExpr(c, true));
    else this.vec(c, () => c.u32('element function index'));
  }

  private dataSegment(c: Cursor): void {
    const flags = c.u32('data segment flags');
    if (flags === 1) {
      this.bits |= B.bulkMemory;
    } else if (flags === 0 || flags === 2) {
      if (flags === 2 && c.u32('data memory index') !== 0) this.bits |= B.multimemory;
      this.constExpr(c);
    } else {
      throw new Error(`unknown data segment flags ${flags} at offset ${c.pos}`);
    }
    c.skipBytes(c.u32('data segment size'));
  }

  /** A constant expression (up to its `end`); element items may be ref.func without needing reference types. */
  private constExpr(c: Cursor, elementItem = false): void {
    if (elementItem && this.bytes[c.pos] === 0xd2) {
      c.pos++;
      c.u32('function index');
      if (c.byte() !== 0x0b) throw new Error(`element expression at offset ${c.pos - 1} is not a lone ref.func`);
      return;
    }
    this.bits |= scanExpression(c, this.types, true);
  }

  private codeSection(c: Cursor): void {
    const n = c.u32('code count');
    for (let i = 0; i < n; i++) {
      const size = c.u32('function body size');
      const bodyEnd = c.pos + size;
      if (bodyEnd > c.end) throw new Error(`truncated function body ${this.importedFunctions + i} at offset ${c.pos}`);
      const fn = new Cursor(this.bytes, c.pos, bodyEnd);
      try {
        const groups = fn.u32('local declaration count');
        for (let j = 0; j < groups; j++) {
          fn.u32('local count');
          this.bits |= valTypeBits(fn);
        }
        this.bits |= scanExpression(fn, this.types, false);
      } catch (error) {
        // Keep going: the other functions still tell what the module uses.
        if (error instanceof UndecodedError) this.bits |= error.bits;
        this.undecoded ??= `function ${this.importedFunctions + i}: ${(error as Error).message}`;
      }
      c.pos = bodyEnd;
    }
  }
}

// JSON Schema validation of config and baseline files, with messages that name the JSON path.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import baselineSchema from '../../schemas/baseline.schema.json' with { type: 'json' };

// ajv-formats is CommonJS with a default export that NodeNext types see as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = {
  config: ajv.compile(configSchema),
  baseline: ajv.compile(baselineSchema),
};

export type SchemaName = keyof typeof validators;

/** Returns human-readable problems, one per failing JSON path; empty when valid. */
export function schemaProblems(schema: SchemaName, value: unknown): string[] {
  const validate = validators[schema];
  if (validate(value)) return [];
  return describeErrors(validate.errors ?? []);
}

export function describeErrors(errors: ErrorObject[]): string[] {
  // oneOf/anyOf wrappers repeat what their branches already said; keep the branch errors unless
  // they are the only ones at that path.
  const paths = new Set(errors.filter((e) => !isWrapper(e)).map((e) => e.instancePath));
  const kept = errors.filter((e) => !isWrapper(e) || !paths.has(e.instancePath));
  // A `const false` branch failing next to an object branch is noise when the value is an object.
  const meaningful = kept.filter(
    (e) => !(e.keyword === 'const' && e.params.allowedValue === false && kept.some((o) => o !== e && o.instancePath.startsWith(e.instancePath))),
  );
  const messages = meaningful.map(describeError);
  return [...new Set(messages)];
}

function isWrapper(e: ErrorObject): boolean {
  return e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if';
}

function describeError(e: ErrorObject): string {
  const path = e.instancePath || '/';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${path} has an unknown property "${String(e.params.additionalProperty)}" (remove it or check its spelling)`;
    case 'required':
      return `${path} must have the property "${String(e.params.missingProperty)}"`;
    case 'enum':
      return `${path} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${path} must be ${JSON.stringify(e.params.allowedValue)}`;
    case 'pattern':
      return `${path} ${e.message}${e.params.pattern === '^[A-Za-z0-9._-]+$' ? ' (use letters, digits, ".", "_" and "-")' : ''}`;
    case 'propertyNames':
      return `${path} has an invalid property name "${String(e.params.propertyName)}"`;
    default:
      return `${path} ${e.message ?? 'is invalid'}`;
  }
}

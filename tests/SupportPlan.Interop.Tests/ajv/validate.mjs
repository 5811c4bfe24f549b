// Validates many documents against the SupportPlan JSON Schemas with Ajv in one run.
// Usage: node validate.mjs <schemas folder> <list.json>
// list.json: [{ "name": "...", "schema": "supportplan-plan.schema.json", "path": "/abs/doc.json" }, ...]
// Prints [{ "name", "valid", "errors" }] as JSON to stdout; exits 2 on usage or schema errors.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemasDir, listFile] = process.argv.slice(2);
if (!schemasDir || !listFile) {
  console.error("usage: node validate.mjs <schemas folder> <list.json>");
  process.exit(2);
}

// Strict mode on; union types ("type": ["null", "string"]) are how the schemas say "nullable".
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);

const ids = new Map();
for (const file of readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf8"));
  ajv.addSchema(schema);
  ids.set(file, schema.$id);
}

const validators = new Map();
for (const [file, id] of ids) {
  validators.set(file, ajv.getSchema(id)); // compiles now: a schema error fails the whole run
}

const results = [];
for (const item of JSON.parse(readFileSync(listFile, "utf8"))) {
  const validate = validators.get(item.schema);
  if (!validate) {
    console.error(`unknown schema ${item.schema}`);
    process.exit(2);
  }
  const valid = validate(JSON.parse(readFileSync(item.path, "utf8")));
  results.push({
    name: item.name,
    valid,
    errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.keyword}: ${e.message}`),
  });
}

process.stdout.write(JSON.stringify(results));

// Parses every mermaid chart given as a JSON array on stdin with mermaid's own parser (headless, on jsdom);
// prints a JSON array of null (parsed) or the parser's error message per chart.
import { JSDOM } from "jsdom";

const { window } = new JSDOM("");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const chart of JSON.parse(input)) {
  try {
    await mermaid.parse(chart);
    results.push(null);
  } catch (error) {
    results.push(String(error?.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));

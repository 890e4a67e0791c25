import { randomInt } from "node:crypto";
import { ConfigurationError } from "../core/errors";

const ADJECTIVES = ["amber", "bold", "brave", "calm", "clever", "crisp", "eager", "fair", "frank", "gentle", "happy", "keen", "lively", "loyal", "mellow", "nimble", "plucky", "quiet", "sharp", "steady", "sunny", "swift", "tidy", "vivid", "witty", "zesty"];
const NOUNS = ["anchor", "apple", "basket", "beacon", "brush", "cactus", "candle", "cherry", "comet", "engine", "feather", "garden", "harbor", "island", "kettle", "lantern", "lemon", "marble", "meadow", "oyster", "pepper", "pillow", "river", "rocket", "tower", "window"];
const SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

function pick<T>(items: readonly T[]): T {
  return items[randomInt(items.length)];
}

/** A fresh job name in the CLI's style, e.g. `brave_lemon_4k2m9x7qzd`. */
export function generateJobName(): string {
  let suffix = "";
  for (let i = 0; i < 10; i++) suffix += pick([...SUFFIX_ALPHABET]);
  return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${suffix}`;
}

export function validateJobName(name: string, where: string): string {
  if (!JOB_NAME.test(name)) {
    throw new ConfigurationError(`${where}: ${JSON.stringify(name)} is not a valid job name; use letters, digits, "-" and "_", starting with a letter or digit (at most 255 characters).`);
  }
  return name;
}

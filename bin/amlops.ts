#!/usr/bin/env node
import { runLocal } from "../shared/host/local-cli";
await runLocal(process.argv.slice(2));

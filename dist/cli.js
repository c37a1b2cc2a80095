#!/usr/bin/env node
import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  UsageError,
  VERSION,
  parseCliArgs
} from "./chunks/chunk-QF2VCJFJ.js";
import "./chunks/chunk-IWQBHVWH.js";
import "./chunks/chunk-PYUYWIVF.js";

// src/cli.ts
import * as nodeModule from "node:module";

// src/cli/help.ts
var HELP = `Usage: egress-lint [options] [paths...]

Finds network-egress misconfigurations (open egress, undeclared egress, SMTP to non-relays) in
Terraform, CloudFormation, Terraform plan JSON, Pulumi state and host firewalls (ufw, iptables in scripts,
cloud-init, Ansible, rule files). Paths default to the current directory.

Output:
  -f, --format FORMAT      stylish (default), json, sarif, github (workflow annotations), junit (JUnit XML:
                           Jenkins, GitLab, Azure DevOps) or gitlab (GitLab Code Quality)
  -o, --output FILE        write the report to FILE instead of standard output
  -q, --quiet              report errors only (warnings still fail an explicit --fail-level warning)
      --color, --no-color  force or disable colour (default: on for a terminal; NO_COLOR, FORCE_COLOR)

Configuration:
  -c, --config FILE        use FILE instead of the nearest .egress-lint.yml/.yaml/.json
      --rule ID[:LEVEL]    set a rule's level: error, warning, note or off; ESLint's warn, 0, 1, 2 too (repeatable);
                           a bare ID restores its built-in level whatever the config says
      --max-file-size SIZE skip (and report) files larger than SIZE bytes (e.g. 20m; default 10m)
      --print-config FILE  print the configuration applied to FILE (its nearest config, overrides and --rule
                           merged) as YAML usable as a config file, and exit
      --no-ignore          also scan files .gitignore excludes (by default skipped, and counted on stderr)
  -j, --jobs N             threads for large scans (default: the available cores; 1: no worker threads)

Baseline (adopt on existing code, fail only on new findings):
      --baseline-create FILE
                           record the current findings in FILE (they are then reported as suppressed)
      --baseline FILE      report findings recorded in FILE as suppressed; only new ones count

Values:
      --var NAME=VALUE     Terraform variable, as terraform -var (repeatable)
      --var-file FILE      Terraform .tfvars or .tfvars.json file (repeatable)
      --parameter NAME=VALUE
                           CloudFormation parameter override (repeatable)

Exit status:
      --fail-level LEVEL   lowest level that fails the run: error (default), warning, note or none
      --max-warnings N     also fail when there are more than N warnings
      --pass-on-no-files   exit 0, not 2, when there is no Terraform, CloudFormation, Pulumi or host firewall
                           file to lint
  0 nothing at or above the fail level; 1 findings; 2 bad usage or config, or a file could not be analysed

  -h, --help               show this help
  -v, --version            print the version

Examples:
  egress-lint                                  lint the current directory
  egress-lint infra/ templates/vpc.yaml        lint a directory and one file
  egress-lint --format sarif -o egress.sarif   write SARIF for code scanning
  egress-lint --var-file prod.tfvars --var 'egress_cidrs=["10.0.0.0/8"]' envs/prod
  egress-lint --rule EGR001:off --fail-level warning
  egress-lint --parameter AllowedCidr=10.0.0.0/8 stack.yaml
`;

// src/cli.ts
nodeModule.enableCompileCache?.();
var DEBUG = (process.env.DEBUG ?? "").split(",").some((d) => ["egress-lint", "*"].includes(d.trim()));
async function main(argv) {
  let options;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`${VERSION}
`);
      return 0;
    }
    const { executeCli } = await import("./chunks/execute-ZBXYCDEA.js");
    return await executeCli(options, {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr
    });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`egress-lint: ${error.message}
Run egress-lint --help for usage.
`);
      return 2;
    }
    const detail = DEBUG ? error.stack ?? String(error) : error.message;
    const hint = DEBUG ? "" : "\n(run with DEBUG=egress-lint for the stack trace)";
    process.stderr.write(`egress-lint: internal error: ${detail}${hint}
`);
    return 2;
  }
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));

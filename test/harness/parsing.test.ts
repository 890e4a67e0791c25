import { parseFileCommand, parsePathFile } from "../../emulator/harness/file-commands";
import { actionInputEnvName } from "../../emulator/harness/runner-env";
import { envFormat, serviceConnectionVariables, taskInputEnvName } from "../../emulator/harness/agent-env";
import { interpretTaskLog, parseVsoCommand } from "../../emulator/harness/vso-commands";
import { interpretWorkflowLog, parseWorkflowCommand } from "../../emulator/harness/workflow-commands";
import { evaluateDefault } from "../../emulator/harness/manifests";

describe("runner file commands", () => {
  it("reads name=value lines and heredocs with any delimiter", () => {
    const content = [
      "job-name=train-42",
      "metrics<<ghadelimiter_7f1e",
      '{"auc": 0.91,',
      ' "f1": 0.8}',
      "ghadelimiter_7f1e",
      "empty<<EOF",
      "EOF",
      "equals=a=b<<c",
      "",
    ].join("\n");
    expect(parseFileCommand(content)).toEqual({
      "job-name": "train-42",
      metrics: '{"auc": 0.91,\n "f1": 0.8}',
      empty: "",
      equals: "a=b<<c",
    });
  });

  it("accepts CRLF line endings and the last value wins", () => {
    expect(parseFileCommand("a=1\r\na=2\r\n")).toEqual({ a: "2" });
  });

  it("rejects what the runner rejects: an unterminated heredoc, an empty name, a line without = or <<", () => {
    expect(() => parseFileCommand("x<<END\nvalue\n")).toThrow(/Matching delimiter not found/);
    expect(() => parseFileCommand("=value\n")).toThrow(/Name must not be empty/);
    expect(() => parseFileCommand("just text\n")).toThrow(/Invalid format/);
  });

  it("reads GITHUB_PATH one directory per line", () => {
    expect(parsePathFile("/opt/a\n\n/opt/b\n")).toEqual(["/opt/a", "/opt/b"]);
  });
});

describe("workflow commands on stdout", () => {
  it("parses properties and unescapes data and properties as the runner does", () => {
    expect(parseWorkflowCommand("::warning file=src/a%2Cb.ts,line=3,title=T%3A1::first%0Asecond 100%25")).toEqual({
      command: "warning",
      properties: { file: "src/a,b.ts", line: "3", title: "T:1" },
      message: "first\nsecond 100%",
    });
    expect(parseWorkflowCommand("plain output")).toBeUndefined();
    expect(parseWorkflowCommand("::not closed")).toBeUndefined();
  });

  it("collects errors, warnings, notices, masks and debug lines; masks the displayed log from registration on", () => {
    const log = interpretWorkflowLog(
      [
        "token is s3cr3t",
        "::add-mask::s3cr3t",
        "token is s3cr3t",
        "::error title=Bad input::Input 'job-file' is required",
        "::warning::slow",
        "::notice::fyi",
        "::debug::details",
        "::stop-commands::pause-1",
        "::error::not a command now",
        "::pause-1::",
        "::error::again",
      ],
      ["pre-known"],
    );
    expect(log.errors).toEqual(["Input 'job-file' is required", "again"]);
    expect(log.warnings).toEqual(["slow"]);
    expect(log.notices).toEqual(["fyi"]);
    expect(log.masked).toEqual(["s3cr3t"]);
    expect(log.debug).toEqual(["details"]);
    expect(log.annotations[0]).toEqual({ level: "error", message: "Input 'job-file' is required", properties: { title: "Bad input" } });
    expect(log.log.split("\n").slice(0, 2)).toEqual(["token is s3cr3t", "token is ***"]);
    expect(log.log).toContain("::error::not a command now");
  });
});

describe("##vso commands", () => {
  it("parses and unescapes like the task library writes them", () => {
    expect(parseVsoCommand("##vso[task.setvariable variable=metrics;isOutput=true;issecret=false;]a%0Ab %AZP25")).toEqual({
      command: "task.setvariable",
      properties: { variable: "metrics", isOutput: "true", issecret: "false" },
      message: "a\nb %",
    });
    expect(parseVsoCommand("prefix ##vso[task.setsecret]x")).toMatchObject({ command: "task.setsecret", message: "x" });
    expect(parseVsoCommand("no command here")).toBeUndefined();
  });

  it("derives outputs, variables, result, issues, secrets and summaries", () => {
    const log = interpretTaskLog(
      [
        "##vso[task.setvariable variable=jobName;isOutput=true;issecret=false;]train-1",
        "##vso[task.setvariable variable=internal;isOutput=false;issecret=false;]x",
        "##vso[task.setvariable variable=key;isOutput=true;issecret=true;]k3y",
        "##vso[task.setsecret]tok3n",
        "printed tok3n",
        "##vso[task.issue type=warning;]careful",
        "##vso[task.logissue type=error]broken",
        "##vso[task.debug]trace",
        "##vso[task.uploadsummary]/tmp/a.md",
        "##vso[task.addattachment type=Distributedtask.Core.Summary;name=Report;]/tmp/b.md",
        "##vso[task.issue type=error;source=TaskInternal;]failed: bad input",
        "##vso[task.complete result=Failed;]failed: bad input",
      ],
      ["system-token"],
    );
    expect(log.outputs).toEqual({ jobName: "train-1", key: "k3y" });
    expect(log.variables.internal).toEqual({ value: "x", isOutput: false, isSecret: false });
    expect(log.masked).toEqual(["k3y", "tok3n"]);
    expect(log.result).toBe("Failed");
    expect(log.resultMessage).toBe("failed: bad input");
    expect(log.errors).toEqual(["broken", "failed: bad input"]);
    expect(log.warnings).toEqual(["careful"]);
    expect(log.debug).toEqual(["trace"]);
    expect(log.summaryPaths).toEqual(["/tmp/a.md", "/tmp/b.md"]);
    expect(log.log).toContain("printed ***");
  });
});

describe("environment names", () => {
  it("keeps hyphens for Actions inputs and upper-cases camelCase task inputs", () => {
    expect(actionInputEnvName("job-file")).toBe("INPUT_JOB-FILE");
    expect(actionInputEnvName("my input")).toBe("INPUT_MY_INPUT");
    expect(taskInputEnvName("jobFile")).toBe("INPUT_JOBFILE");
    expect(envFormat("System.PullRequest.PullRequestId")).toBe("SYSTEM_PULLREQUEST_PULLREQUESTID");
  });

  it("writes a service connection the way the agent does", () => {
    const env = serviceConnectionVariables({
      id: "5f3c2e4a-9d1b-4c8e-a7f6-2b0d9e1c3a55",
      scheme: "ServicePrincipal",
      tenantId: "t",
      clientId: "c",
      clientSecret: "s",
      subscriptionId: "sub",
      authorityHost: "https://login.example",
      armUrl: "https://arm.example",
    });
    const id = "5f3c2e4a-9d1b-4c8e-a7f6-2b0d9e1c3a55";
    expect(JSON.parse(env[`ENDPOINT_AUTH_${id}`])).toEqual({
      parameters: { serviceprincipalid: "c", authenticationType: "spnKey", serviceprincipalkey: "s", tenantid: "t" },
      scheme: "ServicePrincipal",
    });
    expect(env[`ENDPOINT_AUTH_SCHEME_${id}`]).toBe("ServicePrincipal");
    expect(env[`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALKEY`]).toBe("s");
    expect(env[`ENDPOINT_DATA_${id}_SUBSCRIPTIONID`]).toBe("sub");
    expect(env[`ENDPOINT_DATA_${id}_ENVIRONMENTAUTHORITYURL`]).toBe("https://login.example/");
    expect(env[`ENDPOINT_URL_${id}`]).toBe("https://arm.example/");
  });

  it("evaluates github.* expressions in action.yml defaults", () => {
    expect(evaluateDefault("${{ github.token }}", { token: "ghs_x" })).toBe("ghs_x");
    expect(evaluateDefault("${{ runner.temp }}/x", {})).toBe("/x");
  });
});

import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { BlobServiceClient, type ContainerClient } from "@azure/storage-blob";
import { listSnapshotFiles, snapshotHash, snapshotPrefix, uploadSnapshot } from "../../shared/jobs/snapshot";
import { startAzurite, type AzuriteInstance } from "../../emulator/harness/azurite";

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "snapshot-"));
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  }
  return root;
}

describe("listSnapshotFiles", () => {
  it("lists every file in a stable order and always skips .git", async () => {
    const root = await tree({ "b.py": "", "a/z.py": "", "a/b/c.txt": "", ".git/HEAD": "ref", ".git/objects/x": "", "A.md": "" });
    expect(await listSnapshotFiles(root)).toEqual(["A.md", "a/b/c.txt", "a/z.py", "b.py"]);
  });

  it("honours .gitignore when there is no .amlignore", async () => {
    const root = await tree({ ".gitignore": "*.log\nbuild/\n!keep.log\n", "train.py": "", "run.log": "", "keep.log": "", "build/out.bin": "", "src/build/x.py": "", "src/debug.log": "" });
    expect(await listSnapshotFiles(root)).toEqual([".gitignore", "keep.log", "train.py"]);
  });

  it("prefers .amlignore over .gitignore in the same directory", async () => {
    const root = await tree({ ".amlignore": "data/\n", ".gitignore": "*.py\n", "train.py": "", "data/big.csv": "" });
    expect(await listSnapshotFiles(root)).toEqual([".amlignore", ".gitignore", "train.py"]);
  });

  it("applies nested ignore files below their own directory, with negation overriding the parent", async () => {
    const root = await tree({
      ".gitignore": "*.csv\n",
      "top.csv": "",
      "pkg/.gitignore": "!wanted.csv\nlocal.txt\n",
      "pkg/wanted.csv": "",
      "pkg/other.csv": "",
      "pkg/local.txt": "",
      "local.txt": "",
      "other/.amlignore": "*.txt\n",
      "other/notes.txt": "",
      "other/model.py": "",
    });
    expect(await listSnapshotFiles(root)).toEqual([".gitignore", "local.txt", "other/.amlignore", "other/model.py", "pkg/.gitignore", "pkg/wanted.csv"]);
  });
});

describe("snapshotHash", () => {
  it("is a sha256 that depends on paths and contents, not on when it is computed", async () => {
    const a = await tree({ "x.py": "print(1)", "d/y.py": "y" });
    const b = await tree({ "x.py": "print(1)", "d/y.py": "y" });
    const hashA = await snapshotHash(a, await listSnapshotFiles(a));
    expect(hashA).toMatch(/^[0-9a-f]{64}$/);
    expect(await snapshotHash(b, await listSnapshotFiles(b))).toBe(hashA);
    await writeFile(path.join(b, "x.py"), "print(2)");
    expect(await snapshotHash(b, await listSnapshotFiles(b))).not.toBe(hashA);
  });

  it("tells a renamed file and moved bytes apart", async () => {
    const one = await tree({ "a.py": "ab", "b.py": "" });
    const two = await tree({ "a.py": "a", "b.py": "b" });
    const three = await tree({ "c.py": "ab", "b.py": "" });
    const hashes = await Promise.all([one, two, three].map(async (dir) => snapshotHash(dir, await listSnapshotFiles(dir))));
    expect(new Set(hashes).size).toBe(3);
  });

  it("hashes a 3 MB file the same way in two copies", async () => {
    const big = "0123456789".repeat(300_000);
    const dir = await tree({ "big.bin": big });
    const again = await tree({ "big.bin": big });
    expect(await snapshotHash(dir, ["big.bin"])).toBe(await snapshotHash(again, ["big.bin"]));
  });
});

describe("snapshotPrefix", () => {
  it("lays the snapshot out as the CLI does", () => {
    expect(snapshotPrefix("abc", "/repo/src/")).toBe("LocalUpload/abc/src");
  });
});

describe("uploadSnapshot against Azurite", () => {
  let azurite: AzuriteInstance;
  let container: ContainerClient;

  beforeAll(async () => {
    azurite = await startAzurite();
    container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient("azureml-blobstore");
    await container.create();
  });

  afterAll(async () => {
    await azurite.stop();
  });

  it("uploads each listed file under the prefix with its content", async () => {
    const dir = await tree({ "train.py": "print('train')", "pkg/util.py": "X = 1", "ignored.log": "no", ".gitignore": "*.log\n" });
    const files = await listSnapshotFiles(dir);
    const prefix = snapshotPrefix(await snapshotHash(dir, files), dir);
    const summary = await uploadSnapshot(container, prefix, dir, files, { concurrency: 2 });
    expect(summary).toEqual({ files: 3, bytes: "print('train')".length + "X = 1".length + "*.log\n".length });
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) names.push(blob.name);
    expect(names.sort()).toEqual([`${prefix}/.gitignore`, `${prefix}/pkg/util.py`, `${prefix}/train.py`]);
    expect((await container.getBlobClient(`${prefix}/pkg/util.py`).downloadToBuffer()).toString()).toBe("X = 1");
  });

  it("uploads nothing for an empty file list", async () => {
    expect(await uploadSnapshot(container, "LocalUpload/empty/x", "/nonexistent", [])).toEqual({ files: 0, bytes: 0 });
  });
});

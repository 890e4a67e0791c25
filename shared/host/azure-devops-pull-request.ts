import * as azdev from "azure-devops-node-api";
import { CommentThreadStatus, CommentType, GitStatusState } from "azure-devops-node-api/interfaces/GitInterfaces";
import { PermissionError, type NoteStore, type PullRequestChannel, type StepStatus } from "../core/pull-request";

/** Azure DevOps' limit of a pull request comment. */
const MAX_COMMENT_LENGTH = 150_000;
const PERMISSION = "Contribute to pull requests";

export interface AzureDevOpsTarget {
  /** System.AccessToken. */
  token?: string;
  collectionUri?: string;
  project?: string;
  repositoryId?: string;
  pullRequestId?: number;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === "number" ? status : undefined;
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403) throw new PermissionError(PERMISSION, `Azure DevOps answered HTTP ${status}: ${(error as Error).message}`);
    throw error;
  }
}

const STATE: Record<StepStatus["state"], GitStatusState> = {
  succeeded: GitStatusState.Succeeded,
  failed: GitStatusState.Failed,
  neutral: GitStatusState.NotApplicable,
};

/** The pull request of this build, with its threads and statuses; undefined for a build that is not one. */
export async function openAzureDevOpsPullRequest(target: AzureDevOpsTarget, buildUrl?: string): Promise<PullRequestChannel | undefined> {
  const { collectionUri, project, repositoryId, pullRequestId } = target;
  if (pullRequestId === undefined || !collectionUri || !project || !repositoryId) return undefined;
  if (!target.token) throw new PermissionError(PERMISSION, "System.AccessToken is not available to the task");
  const connection = new azdev.WebApi(collectionUri, azdev.getBearerHandler(target.token));
  const git = await call(() => connection.getGitApi());
  /** The note is the first comment of its thread. */
  const firstComment = new Map<string, number>();
  const notes: NoteStore = {
    maxLength: MAX_COMMENT_LENGTH,
    list: () =>
      call(async () => {
        const threads = await git.getThreads(repositoryId, pullRequestId, project);
        return (threads ?? []).flatMap((thread) => {
          const comment = thread.comments?.find((c) => !c.parentCommentId);
          if (thread.isDeleted || !comment || comment.isDeleted || thread.id === undefined) return [];
          firstComment.set(String(thread.id), comment.id ?? 1);
          return [{ id: String(thread.id), body: comment.content ?? "" }];
        });
      }),
    create: (body) =>
      call(async () => {
        // Closed: the note informs and never blocks a policy that wants every thread resolved.
        const thread = await git.createThread({ comments: [{ parentCommentId: 0, content: body, commentType: CommentType.Text }], status: CommentThreadStatus.Closed }, repositoryId, pullRequestId, project);
        firstComment.set(String(thread.id), thread.comments?.[0]?.id ?? 1);
        return { id: String(thread.id), body };
      }),
    update: (id, body) => call(async () => void (await git.updateComment({ content: body }, repositoryId, pullRequestId, Number(id), firstComment.get(id) ?? 1, project))),
    remove: (id) =>
      call(async () => {
        try {
          await git.deleteComment(repositoryId, pullRequestId, Number(id), firstComment.get(id) ?? 1, project);
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
        }
      }),
  };
  return {
    description: `pull request ${pullRequestId}`,
    notes,
    setStatus: async (status) => {
      await call(async () => {
        const created = await git.createPullRequestStatus(
          { state: STATE[status.state], description: status.title, context: { genre: "amlops", name: status.step }, ...(buildUrl ? { targetUrl: buildUrl } : {}) },
          repositoryId,
          pullRequestId,
          project,
        );
        // A re-run replaces the step's status rather than adding one.
        const earlier = (await git.getPullRequestStatuses(repositoryId, pullRequestId, project)).filter(
          (other) => other.id !== created.id && other.context?.genre === "amlops" && other.context?.name === status.step,
        );
        for (const other of earlier) await git.deletePullRequestStatus(repositoryId, pullRequestId, other.id!, project);
      });
    },
  };
}

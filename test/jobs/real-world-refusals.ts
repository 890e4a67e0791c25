/**
 * The real-world job files `train` refuses, each with why. The corpus test holds the refused set to exactly this
 * list, so a file that stops converting fails it, and so does one that starts converting (move it out of the list).
 */
export const REFUSAL_KINDS = {
  placeholder: "a value left for the reader to fill in (<your-compute>, <dataset-name>): the service refuses it too",
  missingPath: "a local path the repository does not hold: the CLI's upload fails too",
  previewCli: "the preview CLI's syntax (code: {local_path}, data:, dataset:, folder:), which the current CLI's schema refuses",
  mistake: "a mistake the CLI refuses too (resources as a string, environment nested in environment, a hyphenated step name)",
  duplicateKey: "a key given twice: the CLI keeps the last silently; train refuses, so a reviewer never reads a value that is not sent",
  promptFlow: "a prompt flow used as a component: the SDK converts it with the promptflow package, which train does not include",
} as const;

export type RefusalKind = keyof typeof REFUSAL_KINDS;

/** Kinds of refusal the current CLI or service makes as well: files nobody can submit as written. */
export const REFUSED_BY_THE_CLI_TOO: readonly RefusalKind[] = ["placeholder", "missingPath", "previewCli", "mistake"];

export const KNOWN_REFUSALS: Readonly<Record<string, RefusalKind>> = {
  "Azure+azureml-examples/cli/jobs/automl-standalone-jobs/cli-automl-classification-task-bankmarketing/cli-automl-classification-task-bankmarketing-serverless.yml": "mistake",
  "Azure+azureml-examples/cli/jobs/nebulaml/cifar10_deepspeed/job.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/pipelines-with-components/pipeline_job_with_flow_as_component/pipeline.yml": "promptFlow",
  "Azure+azureml-examples/cli/jobs/single-step/java/iris/job-template.yml": "missingPath",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-pipeline-default-identity.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-pipeline-managed-identity.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-pipeline-user-identity.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-standalone-default-identity.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-standalone-managed-identity.yml": "placeholder",
  "Azure+azureml-examples/cli/jobs/spark/attached-spark-standalone-user-identity.yml": "placeholder",
  "Azure+mlops-v2/data-science-regression/pipeline.yml": "mistake",
  "Azure-Samples+azure-ml-federated-learning/examples/cli-jobs/upload-local-data/job.yml": "missingPath",
  "Latticecraft+Azure-ML-Accelerator/config/pipeline/compactify.yaml": "missingPath",
  "MicrosoftLearning+mslearn-aml-cli/Allfiles/Labs/02/basic-job/basic-job.yml": "placeholder",
  "MicrosoftLearning+mslearn-aml-cli/Allfiles/Labs/02/input-data-job/data-job.yml": "previewCli",
  "MicrosoftLearning+mslearn-aml-cli/Allfiles/Labs/02/sweep-job/sweep-job.yml": "previewCli",
  "MicrosoftLearning+mslearn-aml-cli/Allfiles/Labs/03/mlflow-job/mlflow-job.yml": "placeholder",
  "MicrosoftLearning+mslearn-aml-cli/Allfiles/Labs/05/job.yml": "previewCli",
  "NVIDIA+NVIDIA_AI_Enterprise_AzureML/samples/cli/DeepStream/pipeline_bodypose2d.yml": "placeholder",
  "NVIDIA+NVIDIA_AI_Enterprise_AzureML/samples/cli/tao/body_pose/pipeline.yml": "placeholder",
  "NVIDIA+NVIDIA_AI_Enterprise_AzureML/samples/cli/tao/object_detection/detectnet_v2/pipeline.yml": "placeholder",
  "NVIDIA+NVIDIA_AI_Enterprise_AzureML/samples/cli/tao/object_detection/facenet/pipeline.yml": "placeholder",
  "bepuca+azureml-mlops-workshop/src/neural_net/azure-ml-job.yaml": "duplicateKey",
  "bepuca+azureml-scaffolding/.package-template/aml-job.yaml": "placeholder",
  "krisbock+mlops-project-template/classical/aml-cli-v2-r/mlops/azureml/train/pipeline.yml": "mistake",
  "lfbraz+azureml-mlops/jobs/deploy-dev.yml": "previewCli",
  "lfbraz+azureml-mlops/jobs/deploy-prod.yml": "previewCli",
  "lfbraz+azureml-mlops/jobs/register.yml": "previewCli",
  "lfbraz+azureml-mlops/jobs/train.yml": "previewCli",
  "microsoft+MLOpsTemplate/src/workshop/core/data_engineering/feature_engineering.yml": "previewCli",
  "yodobrin+mlops-v2/mlops/azureml/train/model1-pipeline.yml": "missingPath",
};

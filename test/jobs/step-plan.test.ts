import { describeSteps } from "../../shared/jobs/step-plan";

const WS = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws";

describe("the dry run's steps of a pipeline", () => {
  it("names a registered component by name and version, a registry component by its URI, and an AutoML step's task", () => {
    const lines = describeSteps(
      {
        prep: { type: "command", componentId: `${WS}/components/prep_data/versions/3` },
        train: { type: "pipeline", componentId: "azureml://registries/azureml/components/train_pipeline/versions/1" },
        automl: { type: "automl", task_type: "regression" },
        again: { type: "command", componentId: `${WS}/components/prep_data/versions/3` },
      },
      new Map(),
    );
    expect(lines).toEqual([
      "Step prep (command): component prep_data:3 (registered; its command, environment and code are the ones registered)",
      "Step train (pipeline): component azureml://registries/azureml/components/train_pipeline/versions/1 (registered; its command, environment and code are the ones registered)",
      "Step automl (automl): AutoML regression, no component",
      "Step again (command): component prep_data:3, the same as step prep",
    ]);
  });

  it("names the trial component a sweep step runs", () => {
    expect(describeSteps({ tune: { type: "sweep", trial: { componentId: `${WS}/components/train/versions/2` } } }, new Map())).toEqual([
      "Step tune (sweep): component train:2 (registered; its command, environment and code are the ones registered)",
    ]);
  });

  it("describes a component made from the job file once, with its command on one line, environment and code", () => {
    const id = `${WS}/components/azureml_anonymous/versions/abc`;
    const spec = { type: "command", command: "python train.py\n  --data ${{inputs.data}}", environment: `azureml:${WS}/environments/sklearn/versions/7`, code: `azureml:${WS}/codes/c1/versions/1` };
    const lines = describeSteps({ a: { type: "command", componentId: id }, b: { type: "command", componentId: id } }, new Map([[id, spec]]));
    expect(lines).toEqual([
      "Step a (command): component anonymous abc",
      "  command: python train.py --data ${{inputs.data}}",
      `  environment: ${WS}/environments/sklearn/versions/7`,
      `  code: ${WS}/codes/c1/versions/1`,
      "Step b (command): component anonymous abc, the same as step a",
    ]);
  });

  it("names the registered pipeline component a pipeline job is made from", () => {
    expect(describeSteps({}, new Map(), `${WS}/components/train_and_score/versions/4`)).toEqual([
      "Pipeline component: train_and_score:4 (registered; its steps are the ones registered)",
    ]);
  });
});

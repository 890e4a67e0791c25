import argparse

import mlflow
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser()
parser.add_argument("--data")
parser.add_argument("--learning-rate", type=float)
parser.add_argument("--model-dir")
args = parser.parse_args()

data = pd.get_dummies(pd.read_csv(args.data), columns=["education", "marriage"])
train, test = train_test_split(data, test_size=0.25, random_state=0)
model = GradientBoostingClassifier(learning_rate=args.learning_rate)
model.fit(train.drop(columns="default"), train["default"])
predicted = model.predict_proba(test.drop(columns="default"))[:, 1]
mlflow.log_metric("accuracy", accuracy_score(test["default"], predicted > 0.5))
mlflow.log_metric("auc", roc_auc_score(test["default"], predicted))
mlflow.sklearn.save_model(model, args.model_dir)

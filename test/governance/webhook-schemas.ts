/**
 * The documented shapes the webhook bodies must take, as JSON schemas (the parts amlops uses, with the
 * documented limits):
 * - Slack Block Kit, https://api.slack.com/reference/block-kit/blocks and /composition-objects and
 *   /block-elements#button: header text plain_text ≤ 150; section text ≤ 3000 or ≤ 10 fields of ≤ 2000;
 *   actions ≤ 25 elements; button text plain_text ≤ 75, url ≤ 3000; ≤ 50 blocks.
 * - Teams Workflows webhook ("Post to a channel when a webhook request is received"): a `message` with one
 *   `application/vnd.microsoft.card.adaptive` attachment; Adaptive Card 1.4 TextBlock, FactSet and
 *   Action.OpenUrl from https://adaptivecards.io/explorer/.
 */

const plainText = (max: number) => ({
  type: "object",
  required: ["type", "text"],
  additionalProperties: false,
  properties: { type: { const: "plain_text" }, text: { type: "string", minLength: 1, maxLength: max }, emoji: { type: "boolean" } },
});

const textObject = (max: number) => ({
  type: "object",
  required: ["type", "text"],
  additionalProperties: false,
  properties: { type: { enum: ["plain_text", "mrkdwn"] }, text: { type: "string", minLength: 1, maxLength: max }, emoji: { type: "boolean" }, verbatim: { type: "boolean" } },
});

export const slackMessageSchema = {
  type: "object",
  required: ["blocks"],
  additionalProperties: false,
  properties: {
    text: { type: "string" },
    blocks: {
      type: "array",
      maxItems: 50,
      items: {
        oneOf: [
          { type: "object", required: ["type", "text"], additionalProperties: false, properties: { type: { const: "header" }, text: plainText(150), block_id: { type: "string", maxLength: 255 } } },
          {
            type: "object",
            required: ["type"],
            anyOf: [{ required: ["text"] }, { required: ["fields"] }],
            additionalProperties: false,
            properties: { type: { const: "section" }, text: textObject(3000), fields: { type: "array", minItems: 1, maxItems: 10, items: textObject(2000) }, block_id: { type: "string", maxLength: 255 } },
          },
          {
            type: "object",
            required: ["type", "elements"],
            additionalProperties: false,
            properties: {
              type: { const: "actions" },
              elements: {
                type: "array",
                minItems: 1,
                maxItems: 25,
                items: {
                  type: "object",
                  required: ["type", "text"],
                  additionalProperties: false,
                  properties: {
                    type: { const: "button" },
                    text: plainText(75),
                    url: { type: "string", format: "uri", maxLength: 3000 },
                    action_id: { type: "string", maxLength: 255 },
                    value: { type: "string", maxLength: 2000 },
                    style: { enum: ["primary", "danger"] },
                  },
                },
              },
              block_id: { type: "string", maxLength: 255 },
            },
          },
        ],
      },
    },
  },
};

const textBlock = {
  type: "object",
  required: ["type", "text"],
  additionalProperties: false,
  properties: {
    type: { const: "TextBlock" },
    text: { type: "string" },
    weight: { enum: ["Default", "Lighter", "Bolder"] },
    size: { enum: ["Default", "Small", "Medium", "Large", "ExtraLarge"] },
    wrap: { type: "boolean" },
    isSubtle: { type: "boolean" },
  },
};

const factSet = {
  type: "object",
  required: ["type", "facts"],
  additionalProperties: false,
  properties: {
    type: { const: "FactSet" },
    facts: { type: "array", items: { type: "object", required: ["title", "value"], additionalProperties: false, properties: { title: { type: "string" }, value: { type: "string" } } } },
  },
};

export const teamsMessageSchema = {
  type: "object",
  required: ["type", "attachments"],
  additionalProperties: false,
  properties: {
    type: { const: "message" },
    attachments: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["contentType", "content"],
        additionalProperties: false,
        properties: {
          contentType: { const: "application/vnd.microsoft.card.adaptive" },
          contentUrl: { type: "null" },
          content: {
            type: "object",
            required: ["type", "version", "body"],
            additionalProperties: false,
            properties: {
              $schema: { const: "http://adaptivecards.io/schemas/adaptive-card.json" },
              type: { const: "AdaptiveCard" },
              version: { enum: ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"] },
              body: { type: "array", items: { oneOf: [textBlock, factSet] } },
              actions: {
                type: "array",
                items: { type: "object", required: ["type", "url"], additionalProperties: false, properties: { type: { const: "Action.OpenUrl" }, title: { type: "string" }, url: { type: "string", format: "uri" } } },
              },
            },
          },
        },
      },
    },
  },
};

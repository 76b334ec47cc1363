"""Golden prompts and eval warehouses (package data: `assistant.evalsets`)."""

"""Prompt templates of the LLM translator, one folder per version (package data: `assistant.prompts`)."""

"""Model-backed translation: any OpenAI-compatible chat-completions endpoint, grounded, guarded and repaired."""

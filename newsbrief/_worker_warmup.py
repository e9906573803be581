"""Imported once, by the fork server of :mod:`newsbrief.processes` (nowhere else).

A worker forked from the server inherits what is loaded here, so it does not pay, on its first
request, for the imports the OpenAI SDK and instructor make lazily (about a second on 2 cores).
"""

import instructor.v2.providers.openai  # noqa: F401  instructor's OpenAI handlers, loaded on first use
import openai.resources  # noqa: F401  what the client's .chat property imports on first use

import newsbrief.processes  # noqa: F401

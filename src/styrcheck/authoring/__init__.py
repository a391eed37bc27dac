"""Writing a document repository rather than checking one: `init`, `new`, `schema` and
`import`. Everything here reads the same profile and models that `validate` does."""

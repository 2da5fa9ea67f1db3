"""One thin class per API group: each method picks a route and a model, nothing else."""

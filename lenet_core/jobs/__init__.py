"""Background jobs shared by every session of the server: training, fine-tuning, scoring uploads.

- `manager`: `JobManager`, what the pages call; writes finished models to the store,
- `requests`: what the server gathers for a job whose worker shares no folder with it,
- `kinds`: the job kinds in one table (a new kind is one row),
- `messages`: what worker and server tell each other, typed, plain data over Dask,
- `records`: what a job is and its JSON record under `data/jobs/` (survives a server restart),
- `queue`: who runs next (students in turn),
- `executor`: hands jobs to Dask workers and reports their progress and outcome,
- `worker`: what runs on a Dask worker (training, fine-tuning or scoring, start to finish).
"""

"""Developer scripts: generators and long-running checks; not part of the installed package."""

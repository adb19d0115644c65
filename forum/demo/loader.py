def load_demo_content(*, stdout) -> None:
    stdout.write("Forum demo content: pending.")

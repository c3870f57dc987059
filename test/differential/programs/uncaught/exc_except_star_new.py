# except* handlers that raise: the new exceptions and the unhandled rest leave together.
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("job 1"), OSError("job 2"), ValueError("job 3")])
    except* ValueError as values:
        raise RuntimeError(f"{len(values.exceptions)} values failed")


work()

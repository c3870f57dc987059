"""Runs one of CPython's regression-test modules with unittest, as
``python -m unittest test.NAME`` does, and writes each test's outcome to a file as
it happens, one ``OUTCOME<TAB>TEST_ID`` line per event, so that a run that crashes
or times out half-way still tells what passed. Run by scripts/cpython_tests.mjs
under both python3 and pyvm; it must stay plain Python both can run.

usage: cpython_test_driver.py MODULE OUTCOME_FILE
"""
import sys
import unittest

from test import support

# The reasons support.impl_detail() was given. A test may word its own
# (@impl_detail("the module 'xxsubtype' is internal")), so its skip says nothing of
# implementation details: remember each reason as the test modules are loaded.
impl_detail_reasons = set()
_impl_detail = support.impl_detail


def impl_detail(msg=None, **guards):
    if msg is not None:
        impl_detail_reasons.add(msg)
    return _impl_detail(msg, **guards)


support.impl_detail = impl_detail


def is_cpython_only(reason):
    """Whether a skip is of a test of CPython's internals: support.cpython_only's and
    impl_detail()'s skips, and those of tests that need CPython's C-API test modules."""
    reason = str(reason)
    return (
        reason in impl_detail_reasons
        or "implementation detail" in reason
        or "_testcapi" in reason
        or "_testinternalcapi" in reason
    )


class RecordingResult(unittest.TextTestResult):
    """A text result (unittest's usual report on stderr) that also logs outcomes."""

    outcome_file = None

    def _record(self, outcome, test):
        self.outcome_file.write(f"{outcome}\t{test.id()}\n")
        self.outcome_file.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record("fail", test)

    def addError(self, test, err):
        super().addError(test, err)
        # Errors in setUpClass/setUpModule come with a placeholder "test".
        self._record("error", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record("skip-cpython-only" if is_cpython_only(reason) else "skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record("expected-failure", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record("unexpected-success", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        # A failing subtest fails the test it belongs to.
        if err is not None:
            self._record("fail", test)


def main(module, outcome_path):
    with open(outcome_path, "w", encoding="utf-8") as outcome_file:
        RecordingResult.outcome_file = outcome_file
        suite = unittest.defaultTestLoader.loadTestsFromName(module)
        runner = unittest.TextTestRunner(resultclass=RecordingResult)
        result = runner.run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    sys.exit(main(sys.argv[1], sys.argv[2]))

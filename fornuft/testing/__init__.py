"""Test support shared by the test suite and benchmarks: environment, factories, browser."""

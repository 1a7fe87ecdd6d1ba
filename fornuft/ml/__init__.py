"""Plain-Python learning parts (text normalisation, classifiers, retrieval, metrics).

Nothing in this package imports Django: estimators take and return plain data, in the
scikit-learn shape (`__init__` stores parameters, `fit` returns self, learned state ends in `_`).
"""

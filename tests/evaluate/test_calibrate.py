"""The confidence calibration fits weights that rank right events above wrong ones."""

from __future__ import annotations

import numpy as np

from flashpoint.evaluate.calibrate import calibration_error, cross_validated, fit, reliability
from flashpoint.extract.confidence import FEATURES


def test_fit_learns_an_informative_feature_and_calibrates() -> None:
    rng = np.random.default_rng(0)
    n = 2000
    x = np.zeros((n, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    dated = rng.random(n) < 0.5
    x[:, FEATURES.index("own_date")] = dated
    # dated events are right 90 % of the time, undated ones 20 %
    y = np.where(dated, rng.random(n) < 0.9, rng.random(n) < 0.2).astype(float)
    w = fit(x, y, l2=0.1)
    assert w[FEATURES.index("own_date")] > 2.0
    p = 1 / (1 + np.exp(-(x @ w)))
    assert abs(p[dated].mean() - y[dated].mean()) < 0.03  # calibrated: predicted = observed share
    assert abs(p[~dated].mean() - y[~dated].mean()) < 0.03
    assert sum(count for _, count, _ in reliability(x, y, w)) == n


def test_fit_without_signal_stays_near_the_base_rate() -> None:
    x = np.zeros((400, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    y = np.array([1.0] * 100 + [0.0] * 300)
    w = fit(x, y)
    p = 1 / (1 + np.exp(-w[FEATURES.index("bias")]))
    assert abs(p - 0.25) < 0.02


def test_calibration_error_is_zero_when_confidence_matches_the_share_right() -> None:
    p = np.array([0.25] * 4 + [0.75] * 4)
    y = np.array([1.0, 0, 0, 0, 1, 1, 1, 0])
    assert calibration_error(p, y) == 0.0
    assert calibration_error(np.full(8, 0.95), y) > 0.4


def test_cross_validated_confidence_is_out_of_sample_and_calibrated() -> None:
    rng = np.random.default_rng(1)
    n = 3000
    x = np.zeros((n, len(FEATURES)))
    x[:, FEATURES.index("bias")] = 1.0
    dated = rng.random(n) < 0.5
    x[:, FEATURES.index("own_date")] = dated
    y = np.where(dated, rng.random(n) < 0.8, rng.random(n) < 0.3).astype(float)
    p = cross_validated(x, y, l2=0.1)
    assert p.shape == (n,)
    assert calibration_error(p, y) < 0.03
    assert p[dated].mean() > 0.7 > 0.4 > p[~dated].mean()

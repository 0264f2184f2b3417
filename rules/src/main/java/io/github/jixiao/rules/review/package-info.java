/**
 * The review set beside the self-evaluation (复核结果): {@link
 * io.github.jixiao.rules.review.ReviewCards#of} puts a {@link io.github.jixiao.core.Review} beside
 * the evaluation it is of and the rules' score card — per indicator and for the total the unit's
 * score, the rules' and the reviewer's, 偏离度, the grade change — and finds the review's own
 * problems (JX-7xx).
 */
package io.github.jixiao.rules.review;

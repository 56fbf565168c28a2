using Deliberation.Tally.Motions;

namespace Deliberation.Tally.Tests.Motions;

public class MotionValidationTests
{
    [Fact]
    public void A_negative_weight_is_reported_with_its_ballot_index()
    {
        var ballots = new[] { new MotionBallot(MotionChoice.Yes), new MotionBallot(MotionChoice.No, -1) };

        var error = Assert.Throws<TallyInputError>(() => Motion.Tally(ballots, MotionRule.SimpleMajority));

        Assert.Equal([new FieldViolation("ballots[1].weight", "A weight must not be negative.")], error.Violations);
    }

    [Fact]
    public void An_unknown_choice_and_a_missing_electorate_are_both_reported()
    {
        var ballots = new[] { new MotionBallot((MotionChoice)7) };

        var error = Assert.Throws<TallyInputError>(() => Motion.Tally(ballots, MotionRule.AbsoluteMajority));

        Assert.Equal(["ballots[0].choice", "electorate.eligible"], error.Violations.Select(v => v.Path));
    }

    [Fact]
    public void A_lot_without_a_seed_and_an_impossible_threshold_are_rule_errors()
    {
        var rule = new MotionRule(Threshold.AtLeast(3, 2), MotionBase.VotesCast, Tie: MotionTieBreak.ByLot(""));

        var error = Assert.Throws<TallyInputError>(() => Motion.Tally([], rule));

        Assert.Equal(["rule.threshold", "rule.tie.seed"], error.Violations.Select(v => v.Path));
    }

    [Fact]
    public void More_ballots_than_people_present_is_inconsistent()
    {
        var error = Assert.Throws<TallyInputError>(() =>
            Motion.Tally(MotionBallots.Of(5, 0), new MotionRule(Threshold.Majority, MotionBase.Present), new Electorate(10, Present: 3)));

        Assert.Equal("electorate.present", Assert.Single(error.Violations).Path);
    }
}

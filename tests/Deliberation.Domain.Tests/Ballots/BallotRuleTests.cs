using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>The rule and the weights a ballot opens with: fixed, shown, and refused with the field when they cannot be counted.</summary>
public class BallotRuleTests
{
    private static readonly Domain.Sessions.Session Session = Given.VotingSession()
        .Apply(new GroupDimensionDefined(Guid.Empty, new GroupDimension("community", LocalizedText.Of(("en", "Community")),
            [new GroupValue("albanian", LocalizedText.Of(("en", "Albanian"))), new GroupValue("serbian", LocalizedText.Of(("en", "Serbian"))), new GroupValue("roma", LocalizedText.Of(("en", "Roma")))], false),
            Actor.Operator, Given.Now));

    private static readonly Participant[] Voters =
    [
        Voter("albanian"), Voter("serbian"), Voter("serbian"), Voter(GroupDimension.Undisclosed), Voter(null),
    ];

    private static BallotOpened Open(OpenBallot command) => OpenBallot.Decide(Given.Proposal(Session), Session, Voters, command, Given.Now);

    private static OpenBallot Command() => new(Guid.NewGuid(), Guid.NewGuid(), BallotSecrecy.Public, false, null, Actor.Operator);

    [Fact]
    public void A_majority_in_each_value_of_a_dimension_names_the_values_voters_held_when_it_opened_and_not_undisclosed()
    {
        var opened = Open(Command() with { InEachValueOf = "community" });

        Assert.Equal((MotionRule.SimpleMajority, "community"), (opened.Rule.Motion, opened.Rule.Dimension));
        Assert.Equal(["albanian", "serbian"], opened.Rule.Values);
    }

    [Fact]
    public void The_motion_rule_given_is_the_rule_recorded()
    {
        var twoThirds = MotionRule.TwoThirds(MotionBase.Eligible);

        var opened = Open(Command() with { Motion = twoThirds });

        Assert.Equal((twoThirds, (string?)null), (opened.Rule.Motion, opened.Rule.Dimension));
    }

    [Fact]
    public void Weights_are_recorded_with_the_electorate_and_everyone_else_weighs_one()
    {
        var opened = Open(Command() with { Weights = new Dictionary<Guid, int> { [Voters[0].Id] = 3 } });

        Assert.Equal([3, 1, 1, 1, 1], opened.Electorate.Select(e => e.Weight));
    }

    [Fact]
    public void A_dimension_the_session_does_not_have_is_refused_with_its_field()
    {
        var error = Assert.Throws<InvalidInput>(() => Open(Command() with { InEachValueOf = "gender" }));

        Assert.Equal(["rule.majority_in_each_value_of"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_dimension_no_voter_has_a_value_of_is_refused()
    {
        var session = Session.Apply(new GroupDimensionDefined(Guid.Empty, new GroupDimension("gender", LocalizedText.Of(("en", "Gender")),
            [new GroupValue("woman", LocalizedText.Of(("en", "Woman")))], true), Actor.Operator, Given.Now));

        var error = Assert.Throws<InvalidInput>(() => OpenBallot.Decide(Given.Proposal(session), session, Voters, Command() with { InEachValueOf = "gender" }, Given.Now));

        Assert.Equal(["rule.majority_in_each_value_of"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_rule_measured_against_those_present_is_refused_the_engine_does_not_know_who_is_in_the_room()
    {
        var error = Assert.Throws<InvalidInput>(() => Open(Command() with { Motion = MotionRule.TwoThirds(MotionBase.Present) }));

        Assert.Equal(["rule.motion"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_threshold_the_library_cannot_count_is_refused_with_the_libraries_field_under_rule_motion()
    {
        var error = Assert.Throws<InvalidInput>(() => Open(Command() with { Motion = new MotionRule(Threshold.AtLeast(3, 2), MotionBase.VotesCast) }));

        Assert.Equal(["rule.motion.threshold"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_weight_for_someone_who_may_not_vote_is_refused_with_its_field()
    {
        var stranger = Guid.NewGuid();

        var error = Assert.Throws<InvalidInput>(() => Open(Command() with { Weights = new Dictionary<Guid, int> { [stranger] = 2 } }));

        Assert.Equal([$"weights[{stranger}]"], error.Problems.Select(p => p.Field));
    }

    private static Participant Voter(string? community) =>
        Participant.Create(new ParticipantJoined(Guid.NewGuid(), Session.Id, Guid.NewGuid(), "p", false, Role.Participant, true,
            community is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["community"] = community }, Given.Now));
}

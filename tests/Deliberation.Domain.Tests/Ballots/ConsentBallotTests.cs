using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.CountedBatches;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Domain.Sessions.Groups;
using Deliberation.Tally.Groups;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>Ballots decided by consent: consent, stand aside or block, with an optional veto in each group value.</summary>
public class ConsentBallotTests
{
    private static readonly Func<string, OpenedPaper> NothingSealed = _ => throw new InvalidOperationException("Nothing is sealed here.");

    private static readonly Domain.Sessions.Session Session = Given.VotingSession()
        .Apply(new GroupDimensionDefined(Guid.Empty, new GroupDimension("community", LocalizedText.Of(("en", "Community")),
            [new GroupValue("albanian", LocalizedText.Of(("en", "Albanian"))), new GroupValue("serbian", LocalizedText.Of(("en", "Serbian")))], false),
            Actor.Operator, Given.Now));

    private static readonly Guid Besnik = Guid.NewGuid(), Jelena = Guid.NewGuid();

    [Fact]
    public void A_consent_rule_with_a_community_veto_is_recorded_with_the_values_that_hold_one()
    {
        var opened = Open(Command() with { Consent = new ConsentRule(BlocksToStop: 3, BlocksFromOneGroupToStop: 1), InEachValueOf = "community" });

        Assert.Equal((3m, 1m, "community"), (opened.Rule.Consent!.BlocksToStop, opened.Rule.Consent.BlocksFromOneGroupToStop, opened.Rule.Dimension));
        Assert.Equal(["albanian", "serbian"], opened.Rule.Values);
    }

    [Fact]
    public void A_veto_needs_both_a_dimension_and_a_group_limit_and_a_quorum_of_those_present_is_refused()
    {
        var noLimit = Assert.Throws<InvalidInput>(() => Open(Command() with { Consent = ConsentRule.AnyBlock, InEachValueOf = "community" }));
        var noDimension = Assert.Throws<InvalidInput>(() => Open(Command() with { Consent = new ConsentRule(BlocksFromOneGroupToStop: 1) }));
        var unknown = Assert.Throws<InvalidInput>(() => Open(Command() with { Consent = new ConsentRule(BlocksFromOneGroupToStop: 1), InEachValueOf = "gender" }));
        var present = Assert.Throws<InvalidInput>(() => Open(Command() with { Consent = new ConsentRule(Quorum: new Quorum(2, null, QuorumBasis.Present)) }));

        Assert.Equal(["rule.veto_in_each_value_of", "rule.veto_in_each_value_of", "rule.veto_in_each_value_of", "rule.consent.quorum"],
            new[] { noLimit, noDimension, unknown, present }.Select(e => Assert.Single(e.Problems).Field));
    }

    [Fact]
    public void A_consent_ballot_takes_a_position_and_refuses_a_choice_or_marks_and_a_motion_refuses_a_position()
    {
        var session = Given.VotingSession();
        var ballot = ConsentBallot(ConsentRule.AnyBlock, session: session);
        var motion = Given.OpenBallot(session);
        InvalidInput Refused(Ballot on, CastVote command) => Assert.Throws<InvalidInput>(() =>
            CastVote.Decide(on, session, Given.ElectorateOf(on), null, command, () => throw new InvalidOperationException("refused first"), Given.Now));

        var cast = Assert.IsType<VoteCast>(CastVote.Decide(ballot, session, Given.ElectorateOf(ballot), null,
            new CastVote(ballot.Id, Given.Arta, null) { Position = ConsentChoice.StandAside },
            () => VotePaper.Open(new(null, null, "R1") { Position = ConsentChoice.StandAside }), Given.Now));

        Assert.Equal(ConsentChoice.StandAside, cast.Paper.Position);
        Assert.Equal(["choice"], Refused(ballot, new CastVote(ballot.Id, Given.Arta, MotionChoice.Yes)).Problems.Select(p => p.Field));
        Assert.Equal(["marks"], Refused(ballot, new CastVote(ballot.Id, Given.Arta, null) { Marks = new([]) }).Problems.Select(p => p.Field));
        Assert.Equal(["position"], Refused(motion, new CastVote(motion.Id, Given.Arta, null) { Position = ConsentChoice.Consent }).Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(new[] { ConsentChoice.Consent, ConsentChoice.StandAside, ConsentChoice.Consent }, ConsentOutcome.Adopted)]
    [InlineData(new[] { ConsentChoice.Consent, ConsentChoice.Block, ConsentChoice.Consent }, ConsentOutcome.Blocked)]
    [InlineData(new[] { ConsentChoice.StandAside, ConsentChoice.StandAside }, ConsentOutcome.NoConsent)]
    public void Any_one_block_stops_a_decision_and_one_adopted_marks_its_proposal_adopted(ConsentChoice[] positions, ConsentOutcome outcome)
    {
        var ballot = ConsentBallot(ConsentRule.AnyBlock);
        Guid[] voters = [Given.Arta, Given.Milan, Given.Drita];

        var closed = Close(ballot, Given.ElectorateOf(ballot), positions.Select((p, i) => Positioned(ballot, voters[i], p)));

        var result = closed.ConsentResult!;
        Assert.Equal((outcome, positions.Count(p => p == ConsentChoice.Block)), (result.Outcome, result.Block));
        Assert.Null(closed.Result);
        var consequences = CloseBallot.ConsequencesOf(ballot.Apply(closed), Given.Proposal(Given.VotingSession()));
        Assert.Equal(outcome == ConsentOutcome.Adopted ? [new ProposalAdopted(ballot.ProposalId!.Value, ballot.Id, Given.Now)] : [], consequences);
    }

    [Fact]
    public void A_proxy_holders_block_counts_with_the_grantors_weight_too()
    {
        var session = Given.VotingSession();
        var ballot = ConsentBallot(new ConsentRule(BlocksToStop: 2), session: session);
        var proxy = Domain.Ballots.Proxies.Proxy.Create(new Domain.Ballots.Proxies.ProxyGranted(session.Id, Given.Drita, Given.Arta, null, Actor.Operator, Given.Now));

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot),
            [Positioned(ballot, Given.Arta, ConsentChoice.Block), Positioned(ballot, Given.Milan, ConsentChoice.Consent)],
            NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now, [proxy]);

        Assert.Equal((1, 2, ConsentOutcome.Blocked), (closed.ConsentResult!.Consent, closed.ConsentResult.Block, closed.ConsentResult.Outcome));
        Assert.Equal(1, closed.Turnout.ByProxy);
    }

    [Fact]
    public void A_communitys_veto_stops_what_the_overall_limit_lets_through_and_the_breakdown_says_whose_it_was()
    {
        var ballot = ConsentBallot(new ConsentRule(BlocksToStop: 3, BlocksFromOneGroupToStop: 1), "community", ["albanian", "serbian"]);
        var electorate = Given.Grouped(ballot, "community", (Given.Arta, "albanian"), (Besnik, "albanian"), (Given.Milan, "serbian"), (Jelena, "serbian"));

        var result = Close(ballot, electorate, [Positioned(ballot, Given.Arta, ConsentChoice.Consent), Positioned(ballot, Besnik, ConsentChoice.Consent),
            Positioned(ballot, Given.Milan, ConsentChoice.Block), Positioned(ballot, Jelena, ConsentChoice.StandAside)]).ConsentResult!;

        Assert.Equal(ConsentOutcome.Blocked, result.Outcome);
        Assert.Contains("serbian", result.Explanation);
        Assert.Equal([("albanian", 2, 0, 0, true, false), ("serbian", 0, 1, 1, true, true)],
            result.ByGroup.Select(g => (g.Value, g.Consent, g.StandAside, g.Block, g.Vetoes, g.Stopped)));
    }

    [Fact]
    public void On_a_secret_consent_ballot_a_small_communitys_positions_are_withheld_but_its_veto_is_shown()
    {
        var ballot = ConsentBallot(new ConsentRule(BlocksToStop: 3, BlocksFromOneGroupToStop: 1), "community", ["albanian", "serbian"]) with { Secrecy = BallotSecrecy.Secret };
        var electorate = Given.Grouped(ballot, "community", (Given.Arta, "albanian"), (Besnik, "albanian"), (Given.Drita, "albanian"), (Given.Milan, "serbian"));
        var sealedPositions = new Dictionary<string, ConsentChoice>();
        Vote Sealed(Guid voter, ConsentChoice position)
        {
            sealedPositions[$"s-{voter}"] = position;
            return Vote.Create(new VoteCast(Vote.IdFor(ballot.Id, voter), ballot.Id, voter, VotePaper.Sealing($"s-{voter}"), Given.Now, ballot.SessionId));
        }
        Vote[] votes = [Sealed(Given.Arta, ConsentChoice.Consent), Sealed(Besnik, ConsentChoice.Consent), Sealed(Given.Drita, ConsentChoice.StandAside), Sealed(Given.Milan, ConsentChoice.Block)];

        var closed = CloseBallot.Decide(ballot, Given.VotingSession(), electorate, votes, s => new OpenedPaper(null, null, $"R-{s}") { Position = sealedPositions[s] },
            new CloseBallot(ballot.Id, Actor.Operator), Given.Now);

        Assert.Equal([("albanian", 3, 3, false, false), ("serbian", 1, 0, true, true)],
            closed.ConsentResult!.ByGroup.Select(g => (g.Value, g.Voted, g.Consent + g.StandAside + g.Block, g.Stopped, g.Withheld)));
        Assert.All(closed.Record, line => Assert.Null(line.VoterId));
        Assert.Equal(4, closed.Record.Count(line => line.Position is not null));
    }

    [Fact]
    public void Positions_counted_in_the_room_count_with_the_online_ones_and_in_their_community_where_a_block_there_stops_it()
    {
        var ballot = ConsentBallot(new ConsentRule(BlocksToStop: 3, BlocksFromOneGroupToStop: 1), "community", ["albanian", "serbian"], Session);
        var electorate = Given.Grouped(ballot, "community", (Given.Arta, "albanian"), (Given.Milan, "serbian"));
        var hall = Batch(ballot) with { Positions = new(2, 0, 1), Dimension = "community", Value = "serbian" };

        var recorded = RecordBallotBatch.Decide(ballot, Session, hall, Given.Now);
        var closed = Close(ballot.Apply(recorded), electorate, [Positioned(ballot, Given.Arta, ConsentChoice.Consent), Positioned(ballot, Given.Milan, ConsentChoice.Consent)]);

        Assert.Equal((4, 0, 1, ConsentOutcome.Blocked), (closed.ConsentResult!.Consent, closed.ConsentResult.StandAside, closed.ConsentResult.Block, closed.ConsentResult.Outcome));
        Assert.Equal([("albanian", 1, false), ("serbian", 4, true)], closed.ConsentResult.ByGroup.Select(g => (g.Value, g.Voted, g.Stopped)));
        Assert.Equal((2, 3), (closed.Turnout.Voted, closed.Turnout.CountedInRoom));
    }

    [Fact]
    public void A_batch_on_a_consent_ballot_counts_positions_and_a_motions_batch_none()
    {
        var ballot = ConsentBallot(ConsentRule.AnyBlock, session: Session);
        var motion = Given.OpenBallot(Session);

        var choices = Assert.Throws<RuleViolation>(() => RecordBallotBatch.Decide(ballot, Session, Batch(ballot) with { Yes = 3 }, Given.Now));
        var none = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(ballot, Session, Batch(ballot), Given.Now));
        var papers = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(ballot, Session,
            Batch(ballot) with { Positions = new(1, 0, 0), Papers = [new(new([]), 1)] }, Given.Now));
        var onMotion = Assert.Throws<InvalidInput>(() => RecordBallotBatch.Decide(motion, Session, Batch(motion) with { Yes = 1, Positions = new(1, 0, 0) }, Given.Now));

        Assert.Equal(RuleViolationReason.NotAMotion, choices.Reason);
        Assert.Equal([["consent"], ["papers"], ["consent"]], new[] { none, papers, onMotion }.Select(e => e.Problems.Select(p => p.Field).ToList()));
    }

    private static RecordBallotBatch Batch(Ballot ballot) => new(ballot.Id, Guid.NewGuid(), BatchKind.ShowOfHands, 0, 0, 0, null, null, "", Actor.Operator);

    private static BallotOpened Open(OpenBallot command) =>
        OpenBallot.Decide(Given.Proposal(Session), Session, [Voter("albanian"), Voter("serbian")], command, Given.Now);

    private static OpenBallot Command() => new(Guid.NewGuid(), Guid.NewGuid(), BallotSecrecy.Public, false, null, Actor.Operator);

    private static Participant Voter(string community) =>
        Participant.Create(new ParticipantJoined(Guid.NewGuid(), Session.Id, Guid.NewGuid(), "p", false, Role.Participant, true,
            new Dictionary<string, string> { ["community"] = community }, Given.Now));

    private static Ballot ConsentBallot(ConsentRule rule, string? dimension = null, IReadOnlyList<string>? values = null, Domain.Sessions.Session? session = null) =>
        Given.OpenBallot(session ?? Given.VotingSession()) with { Rule = new BallotRule(MotionRule.SimpleMajority, dimension, values ?? []) { Consent = rule } };

    private static Vote Positioned(Ballot ballot, Guid voter, ConsentChoice position) =>
        Vote.Create(new VoteCast(Vote.IdFor(ballot.Id, voter), ballot.Id, voter,
            VotePaper.Open(new(null, null, $"R-{voter:N}") { Position = position }), Given.Now, ballot.SessionId));

    private static BallotClosed Close(Ballot ballot, Domain.Ballots.Electorate electorate, IEnumerable<Vote> votes) =>
        CloseBallot.Decide(ballot, Given.VotingSession(), electorate, votes.ToList(), NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now);
}

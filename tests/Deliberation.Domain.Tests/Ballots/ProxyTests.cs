using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CloseBallot;
using Deliberation.Domain.Ballots.Proxies;
using Deliberation.Domain.Common;
using Deliberation.Domain.Participants;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests.Ballots;

/// <summary>A voter hands their vote to another: one step, revocable, overridden by a direct vote, counted with both weights.</summary>
public class ProxyTests
{
    private static readonly Func<string, OpenedPaper> NothingSealed = _ => throw new InvalidOperationException("Nothing is sealed here.");

    private static Proxy Granted(Ballot ballot, Guid grantor, Guid holder, Guid? forBallot = null) =>
        Proxy.Create(new ProxyGranted(ballot.SessionId, grantor, holder, forBallot, Actor.Member(grantor), Given.Now));

    private static BallotClosed Close(Ballot ballot, IReadOnlyCollection<Vote> votes, params Proxy[] proxies) =>
        CloseBallot.Decide(ballot, Given.VotingSession(), Given.ElectorateOf(ballot), votes, NothingSealed, new CloseBallot(ballot.Id, Actor.Operator), Given.Now, proxies);

    [Fact]
    public void The_holders_vote_counts_with_both_weights_and_the_record_and_turnout_show_it()
    {
        var ballot = Given.OpenBallot();

        var closed = Close(ballot, [Given.Vote(ballot, Given.Milan, MotionChoice.No), Given.Vote(ballot, Given.Drita, MotionChoice.Yes)], Granted(ballot, Given.Arta, Given.Milan));

        Assert.Equal((1, 2, false), (closed.Result!.Yes, closed.Result!.No, closed.Result!.Adopted));
        var milan = closed.Record.Single(v => v.VoterId == Given.Milan);
        Assert.Equal(2, milan.Weight);
        Assert.Equal([Given.Arta], milan.ProxyFor);
        Assert.Equal((3, 1), (closed.Turnout.Voted, closed.Turnout.ByProxy));
    }

    [Fact]
    public void A_direct_vote_overrides_the_grant()
    {
        var ballot = Given.OpenBallot();

        var closed = Close(ballot, [Given.Vote(ballot, Given.Milan, MotionChoice.No), Given.Vote(ballot, Given.Arta, MotionChoice.Yes)], Granted(ballot, Given.Arta, Given.Milan));

        Assert.Equal((1, 1), (closed.Result!.Yes, closed.Result!.No));
        Assert.All(closed.Record, v => Assert.Empty(v.ProxyFor));
    }

    [Fact]
    public void A_grant_for_the_ballot_takes_precedence_over_the_grant_for_the_session_and_a_revoked_grant_counts_for_nothing()
    {
        var ballot = Given.OpenBallot();
        var both = Granted(ballot, Given.Arta, Given.Milan).Apply(new ProxyGranted(ballot.SessionId, Given.Arta, Given.Drita, ballot.Id, Actor.Member(Given.Arta), Given.Now));
        Vote[] votes = [Given.Vote(ballot, Given.Milan, MotionChoice.No), Given.Vote(ballot, Given.Drita, MotionChoice.Yes)];

        var toDrita = Close(ballot, votes, both);
        var revoked = Close(ballot, votes, both.Apply(new ProxyRevoked(ballot.SessionId, Given.Arta, ballot.Id, Actor.Operator, Given.Now))
            .Apply(new ProxyRevoked(ballot.SessionId, Given.Arta, null, Actor.Operator, Given.Now)));

        Assert.Equal((2, 1), (toDrita.Result!.Yes, toDrita.Result!.No));
        Assert.Equal((1, 1, 0), (revoked.Result!.Yes, revoked.Result!.No, revoked.Turnout.ByProxy));
    }

    [Fact]
    public void On_a_secret_ballot_a_vote_carried_by_proxy_is_a_line_of_its_own_with_a_receipt_nobody_holds()
    {
        var session = Given.VotingSession();
        var ballot = Given.OpenBallot(session, secrecy: BallotSecrecy.Secret);
        var sealedVote = Vote.Create(new Domain.Ballots.CastVote.VoteCast(Vote.IdFor(ballot.Id, Given.Milan), ballot.Id, Given.Milan, VotePaper.Sealing("s1"), Given.Now, ballot.SessionId));

        var closed = CloseBallot.Decide(ballot, session, Given.ElectorateOf(ballot), [sealedVote], _ => new OpenedPaper(MotionChoice.Yes, null, "R1"), new CloseBallot(ballot.Id, Actor.Operator), Given.Now,
            [Granted(ballot, Given.Arta, Given.Milan)], () => "A-fresh");

        // A line weighing two would be the holder's, whom ListProxies names: every line weighs one, in receipt order.
        Assert.Equal([("A-fresh", MotionChoice.Yes, 1), ("R1", MotionChoice.Yes, 1)], closed.Record.Select(v => (v.Receipt, v.Choice, v.Weight)));
        Assert.All(closed.Record, v => Assert.Equal((null, 0), (v.VoterId, v.ProxyFor.Count)));
        Assert.Equal((2, 1), (closed.Result!.Yes, closed.Turnout.ByProxy));
    }

    [Fact]
    public void Votes_are_handed_on_one_step_only()
    {
        var session = Given.VotingSession();
        Participant arta = Voter(session), milan = Voter(session), drita = Voter(session);
        var artaToMilan = Proxy.Create(new ProxyGranted(session.Id, arta.Id, milan.Id, null, Actor.Member(arta.Id), Given.Now));

        var milanOn = Assert.Throws<RuleViolation>(() => GrantProxy.Decide(session, milan, drita, null, [artaToMilan], new GrantProxy(session.Id, milan.Id, drita.Id, null, Actor.Member(milan.Id)), Given.Now));
        var toArta = Assert.Throws<RuleViolation>(() => GrantProxy.Decide(session, drita, arta, null, [artaToMilan], new GrantProxy(session.Id, drita.Id, arta.Id, null, Actor.Member(drita.Id)), Given.Now));

        Assert.Equal((RuleViolationReason.ProxyChain, RuleViolationReason.ProxyChain), (milanOn.Reason, toArta.Reason));
    }

    [Fact]
    public void A_vote_goes_only_from_a_voter_to_another_voter()
    {
        var session = Given.VotingSession();
        Participant arta = Voter(session), observer = Participant.Create(new ParticipantJoined(Guid.NewGuid(), session.Id, Guid.NewGuid(), "o", false, Role.Observer, false, new Dictionary<string, string>(), Given.Now));

        var self = Assert.Throws<InvalidInput>(() => GrantProxy.Decide(session, arta, arta, null, [], new GrantProxy(session.Id, arta.Id, arta.Id, null, Actor.Member(arta.Id)), Given.Now));
        var toObserver = Assert.Throws<RuleViolation>(() => GrantProxy.Decide(session, arta, observer, null, [], new GrantProxy(session.Id, arta.Id, observer.Id, null, Actor.Member(arta.Id)), Given.Now));

        Assert.Equal(["holder_id"], self.Problems.Select(p => p.Field));
        Assert.Equal(RuleViolationReason.NotAVoter, toObserver.Reason);
    }

    private static Participant Voter(Domain.Sessions.Session session) =>
        Participant.Create(new ParticipantJoined(Guid.NewGuid(), session.Id, Guid.NewGuid(), "v", false, Role.Participant, true, new Dictionary<string, string>(), Given.Now));
}

using Deliberation.Domain.Access;
using Deliberation.Domain.Ballots;
using Deliberation.Domain.Ballots.CastVote;
using Deliberation.Domain.Ballots.OpenBallot;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Agenda;
using Deliberation.Domain.Sessions.CreateSession;
using Deliberation.Domain.Sessions.Lifecycle;
using Deliberation.Tally.Motions;

namespace Deliberation.Domain.Tests;

/// <summary>States folded from events, as the event store would fold them.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Session Session(params string[] languages) =>
        Domain.Sessions.Session.Create(new SessionCreated(Guid.NewGuid(), LocalizedText.Of((languages[0], "Dialogue")), null, languages, languages[0], Actor.Operator, Now));

    /// <summary>A session moved through the given statuses, in order.</summary>
    public static Session SessionIn(params SessionStatus[] path) =>
        path.Aggregate(Session("en"), (session, status) => session.Apply(new SessionStatusChanged(session.Id, session.Status, status, Actor.Operator, Now)));

    /// <summary>A session in progress with one agenda item and, when phases are given, a round open on it.</summary>
    public static Session RunningSession(params PhasePlan[] phases)
    {
        var session = SessionIn(SessionStatus.Open, SessionStatus.InProgress)
            .Apply(new AgendaItemAdded(Guid.Empty, Guid.NewGuid(), LocalizedText.Of(("en", "Item")), null, null, Actor.Operator, Now));
        if (phases.Length == 0) return session;
        return session.Apply(OpenRound.Decide(session, new OpenRound(session.Id, session.Agenda[0].Id, Guid.NewGuid(), phases, Actor.Operator), Now));
    }

    public static Proposal Proposal(Session session) =>
        Domain.Proposals.Proposal.Create(new ProposalSubmitted(Guid.NewGuid(), session.Id, null, session.AuthoritativeLanguage, LocalizedText.Of(("en", "T")),
            [new ParagraphText("p1", new Dictionary<string, string> { ["en"] = "B" })], AdmissionRule.None, Actor.Operator, Now, null));

    /// <summary>A session whose current round is in its voting phase.</summary>
    public static Session VotingSession() => RunningSession(new PhasePlan(Phase.Voting, null));

    /// <summary>A ballot opened in the session's voting round, with Arta, Milan and Drita as its electorate.</summary>
    public static Ballot OpenBallot(Session session, bool changesAllowed = false, BallotSecrecy secrecy = BallotSecrecy.Public) =>
        Ballot.Create(Opened(session, changesAllowed, secrecy));

    public static Ballot OpenBallot() => OpenBallot(VotingSession());

    /// <summary>An options ballot opened in the session's voting round, with Arta, Milan and Drita as its electorate.</summary>
    public static Ballot OptionsBallot(Session session, Domain.Ballots.Options.BallotOptions options, bool changesAllowed = false, BallotSecrecy secrecy = BallotSecrecy.Public) =>
        Ballot.Create(Opened(session, changesAllowed, secrecy) with { ProposalId = null, Options = options });

    /// <summary>Options "a", "b", "c" labelled in English, decided by the method given.</summary>
    public static Domain.Ballots.Options.BallotOptions Options(Domain.Ballots.Options.OptionsRule rule, params decimal[] costs) =>
        new(new[] { "a", "b", "c" }.Select((key, i) => new Domain.Ballots.Options.BallotOption(key, LocalizedText.Of(("en", key.ToUpperInvariant())), costs.Length > 0 ? costs[i] : null)).ToList(), rule);

    /// <summary>A vote in the clear on an options ballot.</summary>
    public static Vote Marked(Ballot ballot, Guid voter, params string[] options) =>
        Domain.Ballots.Vote.Create(new VoteCast(Domain.Ballots.Vote.IdFor(ballot.Id, voter), ballot.Id, voter,
            VotePaper.Open(new(null, new Domain.Ballots.Options.OptionMarks(options), $"R-{voter:N}")), Now, ballot.SessionId));

    public static Domain.Ballots.Electorate ElectorateOf(Ballot ballot) =>
        Domain.Ballots.Electorate.Create(new BallotOpened(ballot.Id, ballot.SessionId, ballot.ProposalId, ballot.RoundId, ballot.Rule, ballot.Secrecy, ballot.ChangesAllowed,
            Voters, ballot.ClosesAt, Actor.Operator, Now));

    /// <summary>The ballot's electorate: each voter given, of weight one, holding the value given of the dimension.</summary>
    public static Domain.Ballots.Electorate Grouped(Ballot ballot, string dimension, params (Guid Voter, string Value)[] voters) =>
        new(ballot.Id, ballot.SessionId, ballot.Secrecy,
            voters.ToDictionary(v => v.Voter, v => new Elector(v.Voter, 1, new Dictionary<string, string> { [dimension] = v.Value })));

    private static BallotOpened Opened(Session session, bool changesAllowed, BallotSecrecy secrecy) =>
        new(Guid.NewGuid(), session.Id, Guid.NewGuid(), session.CurrentRound!.Id, BallotRule.SimpleMajority, secrecy, changesAllowed, Voters, null, Actor.Operator, Now);

    public static readonly Guid Arta = Guid.NewGuid(), Milan = Guid.NewGuid(), Drita = Guid.NewGuid();

    private static Elector[] Voters => [new(Arta, 1, new Dictionary<string, string>()), new(Milan, 1, new Dictionary<string, string>()), new(Drita, 1, new Dictionary<string, string>())];

    public static Vote Vote(Ballot ballot, Guid voter, MotionChoice choice) =>
        Domain.Ballots.Vote.Create(new VoteCast(Domain.Ballots.Vote.IdFor(ballot.Id, voter), ballot.Id, voter, VotePaper.Open(new(choice, null, $"R-{voter:N}")), Now, ballot.SessionId));
}

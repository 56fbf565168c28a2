using Deliberation.Api.V1;

namespace Deliberation.Cli.Watch;

/// <summary>
/// The ballots `delib watch` shows: open ones with their participation (and running totals where the
/// ballot is public), closed ones with their result until the next round opens. Participation is counted
/// from the vote events: a voter's vote stands after they vote and not after they withdraw.
/// </summary>
internal sealed class WatchBallots
{
    private readonly Dictionary<string, string> _proposalTitles = [];
    private readonly Dictionary<string, Shown> _ballots = [];

    /// <summary>
    /// A ballot as the view shows it; <see cref="Standing"/> holds each standing voter's choice or, on consent, position
    /// (unspecified where the feed does not send it).
    /// </summary>
    public sealed record Shown(string Title, Ballot Ballot, Dictionary<string, (VoteChoice Choice, TallyConsentChoice Position)> Standing)
    {
        public BallotClosed? Closed { get; set; }
    }

    public IEnumerable<Shown> All => _ballots.Values;

    public void Apply(SessionEvent message)
    {
        switch (message.EventCase)
        {
            case SessionEvent.EventOneofCase.ProposalSubmitted:
                _proposalTitles[message.ProposalSubmitted.Proposal.ProposalId] = EventText.Of(message.ProposalSubmitted.Proposal.Title);
                break;
            case SessionEvent.EventOneofCase.RoundOpened:
                foreach (var closed in _ballots.Where(b => b.Value.Closed is not null).Select(b => b.Key).ToList()) _ballots.Remove(closed);
                break;
            case SessionEvent.EventOneofCase.BallotOpened:
                var ballot = message.BallotOpened.Ballot;
                var title = ballot.Options is { } options
                    ? $"{string.Join(", ", options.Options.Select(o => EventText.Of(o.Label)))}"
                    : _proposalTitles.GetValueOrDefault(ballot.ProposalId, ballot.ProposalId) + (ballot.AmendmentId.Length > 0 ? " (an amendment)" : "");
                _ballots[ballot.BallotId] = new Shown(title, ballot, []);
                break;
            case SessionEvent.EventOneofCase.VoteCast:
                Stand(message.VoteCast.BallotId, message.VoteCast.VoterId, (message.VoteCast.Choice, message.VoteCast.Position));
                break;
            case SessionEvent.EventOneofCase.VoteChanged:
                Stand(message.VoteChanged.BallotId, message.VoteChanged.VoterId, (message.VoteChanged.Choice, message.VoteChanged.Position));
                break;
            case SessionEvent.EventOneofCase.VoteWithdrawn:
                if (_ballots.TryGetValue(message.VoteWithdrawn.BallotId, out var withdrawnFrom)) withdrawnFrom.Standing.Remove(message.VoteWithdrawn.VoterId);
                break;
            case SessionEvent.EventOneofCase.BallotClosed:
                if (_ballots.TryGetValue(message.BallotClosed.BallotId, out var closing)) closing.Closed = message.BallotClosed;
                break;
        }
    }

    /// <summary>The ballot's participation as a phrase: "2 of 3 voted".</summary>
    public string Participation(string ballotId) =>
        _ballots.TryGetValue(ballotId, out var shown) ? $"{shown.Standing.Count} of {shown.Ballot.ElectorCount} voted" : "";

    /// <summary>One line per ballot: what is voted on, then participation and totals so far, or the result.</summary>
    public static string Line(Shown shown)
    {
        if (shown.Closed is { } closed)
            return $"{shown.Title}: {Outcome(closed)}; {closed.Turnout.Voted} of {closed.Turnout.Electors} voted";
        var line = $"{shown.Title}: {shown.Standing.Count} of {shown.Ballot.ElectorCount} voted ({EventText.Name(shown.Ballot.Secrecy.ToString())})";
        return shown.Ballot switch
        {
            { Secrecy: not BallotSecrecy.Public } or { Options: not null } => line,
            { Rule.Consent: not null } =>
                line + $", so far {Held(TallyConsentChoice.Consent)} consent, {Held(TallyConsentChoice.StandAside)} stand aside, {Held(TallyConsentChoice.Block)} block",
            _ => line + $", so far {Count(VoteChoice.Yes)} yes, {Count(VoteChoice.No)} no, {Count(VoteChoice.Abstain)} abstain",
        };

        int Count(VoteChoice choice) => shown.Standing.Values.Count(c => c.Choice == choice);
        int Held(TallyConsentChoice position) => shown.Standing.Values.Count(c => c.Position == position);
    }

    /// <summary>How a ballot came out: "adopted, 2 yes, 1 no, 0 abstain", on consent "blocked, 4 consent, 1 stand aside, 1 block", or on options "chosen: park, bikes".</summary>
    public static string Outcome(BallotClosed closed) => (closed.Result, closed.ConsentResult) switch
    {
        ({ } result, _) => $"{(result.Adopted ? "adopted" : "not adopted")}, {result.Yes} yes, {result.No} no, {result.Abstain} abstain",
        (_, { } consent) => $"{EventText.Name(consent.Decision.ToString())}, {Commands.BallotRules.Positions(consent)}",
        _ => $"chosen: {Output.BallotOptionsView.Chosen(closed.OptionsResult)}",
    };

    private void Stand(string ballotId, string voterId, (VoteChoice, TallyConsentChoice) vote)
    {
        if (_ballots.TryGetValue(ballotId, out var shown)) shown.Standing[voterId] = vote;
    }
}

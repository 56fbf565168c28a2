using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Ballots.CloseBallot;

/// <summary>Close a ballot and tally every vote standing on it under its rule, with its weight; closing is final.</summary>
public sealed record CloseBallot(Guid BallotId, Actor By)
{
    /// <param name="votes">The ballot's votes, in the order the record is to list them (shuffled, for a secret ballot).</param>
    /// <param name="unseal">Opens a sealed paper: its choice and receipt (needed only for a secret ballot).</param>
    /// <param name="proxies">The session's proxies as they stand at close: an elector without a vote of their own is counted with their holder's choice.</param>
    /// <param name="receipts">Fresh receipts, held by nobody, for the lines a secret ballot's record adds for weights and proxies (see <see cref="SecretRecord"/>).</param>
    public static BallotClosed Decide(Ballot? ballot, Session session, Electorate electorate, IReadOnlyCollection<Vote> votes,
        Func<string, OpenedPaper> unseal, CloseBallot command, DateTimeOffset now,
        IReadOnlyCollection<Proxies.Proxy>? proxies = null, Func<string>? receipts = null)
    {
        if (ballot is null) throw new NotFound("ballot", command.BallotId);
        SessionLifecycle.RequireChangeable(session);
        if (ballot.Status == BallotStatus.Closed)
            throw new RuleViolation(RuleViolationReason.BallotClosed, $"Ballot {ballot.Id} is already closed.");
        if (votes.Any(v => v.BallotId != ballot.Id))
            throw new ArgumentException("Only the ballot's own votes can be tallied.", nameof(votes));

        var standing = votes.Where(v => v.Stands).Select(v => (Vote: v, Counted: Counted(ballot, electorate, v, unseal))).ToList();
        var carried = Proxies.ProxyCount.Carried(ballot.Id, electorate, standing.Select(v => v.Vote.VoterId).ToHashSet(), proxies ?? []);
        var record = ballot.Secrecy == BallotSecrecy.Secret
            ? SecretRecord(standing.Select(v => (v.Counted, v.Counted.Weight + carried.GetValueOrDefault(v.Vote.VoterId, []).Sum(g => g.Weight))), receipts)
            : standing.Select(v => carried.TryGetValue(v.Vote.VoterId, out var grantors)
                ? v.Counted with { Weight = v.Counted.Weight + grantors.Sum(g => g.Weight), ProxyFor = grantors.Select(g => g.ParticipantId).ToList() }
                : v.Counted).ToList();
        // Each standing vote counts with its own weight, and again with the weight of each elector it carries by proxy.
        var counted = standing.Select(v => (v.Counted, v.Counted.Weight, electorate.Require(v.Vote.VoterId).Groups))
            .Concat(standing.Where(v => carried.ContainsKey(v.Vote.VoterId))
                .SelectMany(v => carried[v.Vote.VoterId].Select(g => (v.Counted, g.Weight, g.Groups))))
            .ToList();
        var byConsent = ballot.Rule.Consent is null ? null
            : ConsentTally.Count(ballot.Rule, electorate, ballot.Secrecy,
                counted.Select(c => new ConsentVote(c.Counted.Position!.Value, c.Weight, c.Groups)).Concat(ballot.Batches.SelectMany(ConsentVote.Of)).ToList());
        var (result, breakdown) = ballot.Options is null && byConsent is null
            ? BallotTally.Count(ballot.Rule, electorate, ballot.Secrecy,
                counted.Select(c => new TalliedVote(c.Counted.Choice!.Value, c.Weight, c.Groups)).Concat(ballot.Batches.SelectMany(TalliedVote.Of)).ToList())
            : (null, []);
        var papers = ballot.Options is null ? []
            : counted.Select(c => new Options.MarkedPaper(c.Counted.Marks!, c.Weight, c.Groups)).Concat(ballot.Batches.SelectMany(Options.MarkedPaper.Of)).ToList();
        var chosen = ballot.Options is { } options
            ? Options.OptionsTally.Count(options, papers) with { ByGroup = Options.OptionsTally.ByGroup(options, ballot.Secrecy, papers) }
            : null;
        var byProxy = carried.Values.SelectMany(g => g).Select(g => g.ParticipantId).ToList();
        var turnout = Turnout.Of(electorate, standing.Select(v => v.Vote.VoterId).Concat(byProxy))
            with { CountedInRoom = ballot.Batches.Sum(b => b.Votes), ByProxy = byProxy.Count };
        return new BallotClosed(ballot.Id, ballot.SessionId, result, turnout, record, command.By, now) { Breakdown = breakdown, OptionsResult = chosen, ConsentResult = byConsent };
    }

    /// <summary>
    /// What a close does beyond the ballot, on the proposal's stream: an amendment voted on is merged
    /// (adopted) or rejected; a proposal voted on and adopted is marked adopted. An options ballot has no proposal.
    /// </summary>
    public static IReadOnlyList<object> ConsequencesOf(Ballot closed, Proposals.Proposal? proposal)
    {
        if (closed is not { Status: BallotStatus.Closed, Adopted: { } adopted, ClosedAt: { } at, ProposalId: { } proposalId }) return [];
        if (closed.AmendmentId is { } amendment)
            return Proposals.AmendmentDecisions.RecordAmendmentVote.Decide(proposal, new(proposalId, amendment, closed.Id, adopted), at);
        return adopted ? [new ProposalAdopted(proposalId, closed.Id, at)] : [];
    }

    /// <summary>
    /// A secret ballot's record lists one line per unit of weight, all of weight one, in receipt order: a line
    /// weighing more (a weighted voter, a holder of proxies, both public knowledge) would tell whose choice it
    /// is. The voter's own receipt marks one line; the others get fresh receipts that nobody holds.
    /// </summary>
    private static List<CountedVote> SecretRecord(IEnumerable<(CountedVote Own, int Weight)> lines, Func<string>? receipts) =>
        lines.SelectMany(line => Enumerable.Range(0, line.Weight).Select(i => i == 0
                ? line.Own with { Weight = 1 }
                : new CountedVote((receipts ?? throw new ArgumentNullException(nameof(receipts), "A weighted or proxied secret vote needs fresh receipts."))(), line.Own.Choice, null)
                    { Marks = line.Own.Marks, Position = line.Own.Position }))
            .OrderBy(v => v.Receipt, StringComparer.Ordinal)
            .ToList();

    /// <summary>A secret ballot's record names no voter: only the receipt ties a line to the one who holds it.</summary>
    private static CountedVote Counted(Ballot ballot, Electorate electorate, Vote vote, Func<string, OpenedPaper> unseal)
    {
        var weight = electorate.Require(vote.VoterId).Weight;
        var paper = vote.Paper!.Sealed is { } sealedPaper ? unseal(sealedPaper)
            : new OpenedPaper(vote.Paper.Choice, vote.Paper.Marks, vote.Paper.Receipt!) { Position = vote.Paper.Position };
        return new CountedVote(paper.Receipt, paper.Choice, ballot.Secrecy == BallotSecrecy.Secret ? null : vote.VoterId)
            { Weight = weight, Marks = paper.Marks, Position = paper.Position };
    }
}

using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

internal sealed partial class DemoScript
{
    /// <summary>How each voter votes on Besnik's amendment: the Albanian community for it, the Serbian against.</summary>
    private static readonly IReadOnlyDictionary<string, VoteChoice> OnAlbanianFirst = new Dictionary<string, VoteChoice>
    {
        ["Arta"] = VoteChoice.Yes, ["Besnik"] = VoteChoice.Yes, ["Drita"] = VoteChoice.Yes, ["Luan"] = VoteChoice.Yes,
        ["Milan"] = VoteChoice.No, ["Jelena"] = VoteChoice.No, ["Stefan"] = VoteChoice.No,
    };

    /// <summary>How each voter votes on the proposal: a majority in both communities, one abstention, one against.</summary>
    private static readonly IReadOnlyDictionary<string, VoteChoice> OnProposal = new Dictionary<string, VoteChoice>
    {
        ["Arta"] = VoteChoice.Yes, ["Besnik"] = VoteChoice.Yes, ["Drita"] = VoteChoice.Yes, ["Luan"] = VoteChoice.Abstain,
        ["Milan"] = VoteChoice.Yes, ["Jelena"] = VoteChoice.Yes, ["Stefan"] = VoteChoice.No,
    };

    /// <summary>
    /// The voting phase: first Besnik's declined amendment, then the proposal, each by a secret ballot that needs a
    /// majority overall and inside each community. The amendment wins the room, four to three, and fails anyway.
    /// </summary>
    private async Task VoteAsync(string proposalId, string amendmentId, CancellationToken ct)
    {
        await AdvanceAsync("Mira moves the round on to voting.", ct);
        await BallotAsync("Besnik's amendment", new OpenBallotRequest { ProposalId = proposalId, AmendmentId = amendmentId }, OnAlbanianFirst, ct);
        await BallotAsync("the proposal", new OpenBallotRequest { ProposalId = proposalId }, OnProposal, ct);
    }

    private async Task BallotAsync(string subject, OpenBallotRequest request, IReadOnlyDictionary<string, VoteChoice> choices, CancellationToken ct)
    {
        request.RequestId = NewId();
        request.Secrecy = BallotSecrecy.Secret;
        request.Rule = new BallotRule { MajorityInEachValueOf = "community" };
        var opened = await Step($"Mira opens a secret ballot on {subject}: it needs a majority overall and in each community.", async () => await Moderator.Ballots.OpenBallotAsync(request, cancellationToken: ct), ct);
        var ballotId = opened.Ballot.BallotId;
        foreach (var person in DemoCast.Voters)
            await Step($"{person.Name} votes.", async () => await this[person].Api.Ballots.CastVoteAsync(
                new CastVoteRequest { RequestId = NewId(), BallotId = ballotId, Choice = choices[person.Name] }, cancellationToken: ct), ct);
        var closed = await Moderator.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = ballotId }, cancellationToken: ct);
        narrator.Result(subject, closed.Ballot);
        if (pace > TimeSpan.Zero) await Task.Delay(pace, ct);
    }
}

using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.SubmitProposal;

namespace Deliberation.Domain.Proposals;

/// <summary>A text put before a session: the state folded from one proposal stream.</summary>
public sealed record Proposal(Guid Id, Guid SessionId, LocalizedText Title, LocalizedText Body, Actor Author, DateTimeOffset SubmittedAt)
{
    /// <summary>The ballot that adopted the proposal, once one has.</summary>
    public Guid? AdoptedByBallot { get; init; }

    public static Proposal Create(ProposalSubmitted e) => new(e.ProposalId, e.SessionId, e.Title, e.Body, e.By, e.SubmittedAt);

    public Proposal Apply(Ballots.CloseBallot.ProposalAdopted e) => this with { AdoptedByBallot = e.BallotId };
}

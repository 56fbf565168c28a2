using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Sessions;
using Deliberation.Domain.Sessions.Lifecycle;

namespace Deliberation.Domain.Proposals.SubmitProposal;

/// <summary>Submit a proposal to a session, written in the session's working languages.</summary>
public sealed record SubmitProposal(Guid ProposalId, Guid SessionId, LocalizedText Title, LocalizedText Body, Actor By)
{
    public static ProposalSubmitted Decide(Session? session, SubmitProposal command, DateTimeOffset now)
    {
        if (session is null) throw new NotFound("session", command.SessionId);
        SessionLifecycle.RequireChangeable(session);
        WorkingLanguages.Require(session.Languages, "proposal", command.Title, command.Body);
        return new ProposalSubmitted(command.ProposalId, command.SessionId, command.Title, command.Body, command.By, now);
    }
}

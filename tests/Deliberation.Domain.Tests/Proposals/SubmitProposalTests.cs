using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.SubmitProposal;

namespace Deliberation.Domain.Tests.Proposals;

public class SubmitProposalTests
{
    [Fact]
    public void A_proposal_in_the_sessions_languages_is_submitted_to_it()
    {
        var session = Given.Session("sq", "sr-Cyrl");
        var command = new SubmitProposal(Guid.NewGuid(), session.Id, LocalizedText.Of(("sr-Cyrl", "Предлог")), LocalizedText.Of(("sq", "Propozim")), Actor.Operator);

        var submitted = SubmitProposal.Decide(session, command, Given.Now);

        Assert.Equal(new ProposalSubmitted(command.ProposalId, session.Id, command.Title, command.Body, Actor.Operator, Given.Now), submitted);
    }

    [Fact]
    public void A_proposal_to_a_session_that_does_not_exist_is_not_found()
    {
        var command = new SubmitProposal(Guid.NewGuid(), Guid.NewGuid(), LocalizedText.Of(("en", "T")), LocalizedText.Of(("en", "B")), Actor.Operator);

        var error = Assert.Throws<NotFound>(() => SubmitProposal.Decide(null, command, Given.Now));

        Assert.Equal(("session", command.SessionId), (error.Kind, error.Id));
    }

    [Fact]
    public void A_body_in_a_language_the_session_does_not_use_is_refused()
    {
        var session = Given.Session("sq", "en");
        var command = new SubmitProposal(Guid.NewGuid(), session.Id, LocalizedText.Of(("en", "T")), LocalizedText.Of(("sr-Latn", "Predlog")), Actor.Operator);

        var error = Assert.Throws<RuleViolation>(() => SubmitProposal.Decide(session, command, Given.Now));

        Assert.Equal(RuleViolationReason.LanguageNotInSession, error.Reason);
    }
}

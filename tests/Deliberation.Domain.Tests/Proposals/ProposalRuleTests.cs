using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Cosponsorship;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Proposals.Translation;
using Deliberation.Domain.Proposals.Withdrawal;
using static Deliberation.Domain.Tests.Proposals.Room;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>Who may change a proposal, when, and what each refusal says.</summary>
public class ProposalRuleTests
{
    private static readonly Dictionary<string, string> None = [];

    private static (Replay Stream, Domain.Sessions.Session Session) Submitted(AdmissionRule? rule = null)
    {
        var session = InSubmission();
        if (rule is not null) session = session.Apply(new AdmissionRuleSet(session.Id, null, rule, Domain.Access.Actor.Operator, Given.Now));
        var stream = new Replay();
        stream.Append(SubmitProposal.Decide(session, new SubmitProposal(Guid.NewGuid(), session.Id, Texts("Titulli"),
            [Texts("Paragrafi i parë."), Texts("Paragrafi i dytë.", en: "The second paragraph.")], Arta), Given.Now));
        return (stream, session);
    }

    private static RuleViolationReason Refusal(Action decide) => Assert.Throws<RuleViolation>(decide).Reason;

    [Fact]
    public void A_proposal_is_submitted_only_in_the_submission_phase_unless_overridden_and_the_override_is_recorded()
    {
        var session = Advanced(InSubmission());
        var command = new SubmitProposal(Guid.NewGuid(), session.Id, Texts("T"), [Texts("P.")], Arta);

        Assert.Equal(RuleViolationReason.PhaseNotOpen, Refusal(() => SubmitProposal.Decide(session, command, Given.Now)));
        var submitted = SubmitProposal.Decide(session, command with { PhaseOverride = "Late but agreed" }, Given.Now);
        Assert.Equal("Late but agreed", submitted.OfType<ProposalSubmitted>().Single().PhaseOverride);
    }

    [Fact]
    public void Only_the_author_revises_and_a_revision_written_on_an_older_version_is_refused()
    {
        var (stream, session) = Submitted();
        var revision = new ReviseProposal(stream.State.Id, None, [new ParagraphText("p1", Texts("Ndryshuar."))], Milan);

        Assert.Equal(RuleViolationReason.NotTheAuthor, Refusal(() => ReviseProposal.Decide(stream.State, session, revision, Given.Now)));
        Assert.Equal(RuleViolationReason.VersionChanged,
            Refusal(() => ReviseProposal.Decide(stream.State, session, revision with { By = Arta, ExpectedVersion = 3 }, Given.Now)));
    }

    [Fact]
    public void A_revision_naming_unknown_or_repeated_paragraphs_or_foreign_languages_names_each_field()
    {
        var (stream, session) = Submitted();
        var revision = new ReviseProposal(stream.State.Id, new Dictionary<string, string> { ["de"] = "Titel" },
            [new ParagraphText("p1", None), new ParagraphText("p1", None), new ParagraphText("p8", None), new ParagraphText("", None)], Arta);

        var error = Assert.Throws<InvalidInput>(() => ReviseProposal.Decide(stream.State, session, revision, Given.Now));

        Assert.Equal(["title", "paragraphs[1].paragraph_id", "paragraphs[2].paragraph_id", "paragraphs[3].text"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void The_authoritative_language_is_not_translated_but_revised()
    {
        var (stream, session) = Submitted();

        var error = Assert.Throws<InvalidInput>(() => TranslateProposal.Decide(stream.State, session,
            new TranslateProposal(stream.State.Id, "sq", null, new Dictionary<string, string> { ["p1"] = "Tjetër." }, Arta), Given.Now));

        Assert.Equal(["language"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Someone_who_neither_wrote_nor_backs_a_proposal_may_not_translate_it_but_a_moderator_may()
    {
        var (stream, session) = Submitted();
        var translation = new TranslateProposal(stream.State.Id, "en", "Title", None, Drita);

        Assert.Equal(RuleViolationReason.NotTheAuthor, Refusal(() => TranslateProposal.Decide(stream.State, session, translation, Given.Now)));
        Assert.Equal(2, stream.Append(TranslateProposal.Decide(stream.State, session, translation with { ByModerator = true }, Given.Now)).VersionNumber);
    }

    [Fact]
    public void A_withdrawn_proposal_takes_no_more_changes()
    {
        var (stream, session) = Submitted();
        stream.Append([WithdrawProposal.Decide(stream.State, session, new WithdrawProposal(stream.State.Id, null, Arta), Given.Now)]);

        Assert.Equal(RuleViolationReason.ProposalNotActive, Refusal(() =>
            ReviseProposal.Decide(stream.State, session, new ReviseProposal(stream.State.Id, None, [new ParagraphText("p1", None)], Arta), Given.Now)));
    }

    [Fact]
    public void The_author_cannot_co_sponsor_and_nobody_co_sponsors_twice()
    {
        var (stream, session) = Submitted(new AdmissionRule(1, null, 0));
        stream.Append(JoinCosponsors.Decide(stream.State, session, new JoinCosponsors(stream.State.Id, Milan.ParticipantId!.Value, None), Given.Now));

        Assert.Equal(RuleViolationReason.AlreadyCosponsor, Refusal(() =>
            JoinCosponsors.Decide(stream.State, session, new JoinCosponsors(stream.State.Id, Arta.ParticipantId!.Value, None), Given.Now)));
        Assert.Equal(RuleViolationReason.AlreadyCosponsor, Refusal(() =>
            JoinCosponsors.Decide(stream.State, session, new JoinCosponsors(stream.State.Id, Milan.ParticipantId!.Value, None), Given.Now)));
        Assert.Equal(ProposalStatus.Admitted, stream.State.Status);
    }

    [Fact]
    public void Undisclosed_group_values_do_not_count_towards_cross_community_sponsorship()
    {
        var (stream, session) = Submitted(new AdmissionRule(2, "community", 2));
        stream.Append(JoinCosponsors.Decide(stream.State, session,
            new JoinCosponsors(stream.State.Id, Milan.ParticipantId!.Value, new Dictionary<string, string> { ["community"] = "serb" }), Given.Now));
        stream.Append(JoinCosponsors.Decide(stream.State, session,
            new JoinCosponsors(stream.State.Id, Drita.ParticipantId!.Value, new Dictionary<string, string> { ["community"] = "undisclosed" }), Given.Now));

        Assert.Equal(ProposalStatus.Draft, stream.State.Status);
        Assert.Equal(RuleViolationReason.ProposalNotAdmitted, Refusal(() => SubmitAmendment.Decide(stream.State, stream.State, Advanced(session),
            new SubmitAmendment(stream.State.Id, Guid.NewGuid(), null, 1, [AmendmentOperation.Delete("p2")], LocalizedText.Of(("sq", "Pse")), Milan), Given.Now)));
    }

    [Fact]
    public void A_proposal_with_an_amendment_on_a_ballot_is_neither_withdrawn_nor_merged_away()
    {
        var (stream, submitting) = Submitted();
        var session = Advanced(submitting);
        var amendment = Guid.NewGuid();
        stream.Append(SubmitAmendment.Decide(stream.State, stream.State, session,
            new SubmitAmendment(stream.State.Id, amendment, null, 1, [AmendmentOperation.Delete("p2")], LocalizedText.Of(("sq", "Pse")), Milan), Given.Now));
        stream.Append([DeclineAmendment.Decide(stream.State, session, new DeclineAmendment(stream.State.Id, amendment, null, Arta), Given.Now)]);
        stream.Append([PutAmendmentToVote.Decide(stream.State, session, new PutAmendmentToVote(stream.State.Id, amendment, Guid.NewGuid(), Domain.Access.Actor.Operator), Given.Now)]);
        var other = new Replay();
        other.Append(SubmitProposal.Decide(submitting, new SubmitProposal(Guid.NewGuid(), session.Id, Texts("Tjetër"), [Texts("Tekst.")], Arta), Given.Now));

        Assert.Equal(RuleViolationReason.AmendmentUnderVote,
            Refusal(() => WithdrawProposal.Decide(stream.State, session, new WithdrawProposal(stream.State.Id, null, Arta), Given.Now)));
        Assert.Equal(RuleViolationReason.AmendmentUnderVote, Refusal(() => Domain.Proposals.Merging.MergeProposals.Decide(other.State, stream.State, session,
            new Domain.Proposals.Merging.MergeProposals(other.State.Id, stream.State.Id, Arta), Given.Now)));
    }

    [Fact]
    public void A_proposal_of_another_session_cannot_be_merged_in_and_looks_missing_whatever_its_state()
    {
        var (stream, session) = Submitted();
        var (foreign, foreignSession) = Submitted();
        foreign.Append([WithdrawProposal.Decide(foreign.State, foreignSession, new WithdrawProposal(foreign.State.Id, null, Arta), Given.Now)]);

        var error = Assert.Throws<NotFound>(() => Domain.Proposals.Merging.MergeProposals.Decide(stream.State, foreign.State, session,
            new Domain.Proposals.Merging.MergeProposals(stream.State.Id, foreign.State.Id, Arta), Given.Now));

        Assert.Equal(("proposal", foreign.State.Id), (error.Kind, error.Id));
    }
}

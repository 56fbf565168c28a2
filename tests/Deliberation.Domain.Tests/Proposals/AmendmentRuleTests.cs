using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using static Deliberation.Domain.Tests.Proposals.Room;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>What an amendment may change, who decides it, and what a ballot on it freezes.</summary>
public class AmendmentRuleTests
{
    private readonly Replay stream = new();
    private readonly Domain.Sessions.Session session;

    public AmendmentRuleTests()
    {
        var submitting = InSubmission();
        stream.Append(SubmitProposal.Decide(submitting, new SubmitProposal(Guid.NewGuid(), submitting.Id, Texts("Titulli"),
            [Texts("Zyrat përgjigjen.", en: "Offices answer."), Texts("Formularët botohen.", en: "Forms are published.")], Arta), Given.Now));
        session = Advanced(submitting);
    }

    private Guid Amend(Domain.Access.Actor by, Guid? parent, params AmendmentOperation[] operations)
    {
        var id = Guid.NewGuid();
        stream.Append(SubmitAmendment.Decide(stream.State, stream.State, session,
            new SubmitAmendment(stream.State.Id, id, parent, stream.State.VersionNumber, operations, LocalizedText.Of(("sq", "Pse")), by), Given.Now));
        return id;
    }

    private static RuleViolationReason Refusal(Action decide) => Assert.Throws<RuleViolation>(decide).Reason;

    [Fact]
    public void Amendments_are_made_only_in_the_amendment_phase()
    {
        var submitting = InSubmission();

        Assert.Equal(RuleViolationReason.PhaseNotOpen, Refusal(() => SubmitAmendment.Decide(stream.State, stream.State, submitting,
            new SubmitAmendment(stream.State.Id, Guid.NewGuid(), null, 1, [AmendmentOperation.Delete("p2")], LocalizedText.Of(("sq", "Pse")), Milan), Given.Now)));
    }

    [Fact]
    public void Two_changes_to_one_paragraph_and_language_or_a_change_to_a_deleted_paragraph_are_refused()
    {
        var error = Assert.Throws<InvalidInput>(() => Amend(Milan, null,
            AmendmentOperation.Replace("p1", Texts("Një.")), AmendmentOperation.ReplaceSpan("p1", "sq", 0, 5, "Të gjitha zyrat"),
            AmendmentOperation.Delete("p2"), AmendmentOperation.Replace("p2", Texts("Dy.")), AmendmentOperation.Insert("p2", Texts("Tre."))));

        Assert.Equal(["operations[1].replace_span", "operations[3].replace_paragraph", "operations[4].insert_paragraph.after_paragraph_id"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Only_the_author_decides_on_an_amendment_and_only_the_amender_withdraws_it()
    {
        var amendment = Amend(Milan, null, AmendmentOperation.Delete("p2"));

        Assert.Equal(RuleViolationReason.NotTheAuthor, Refusal(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, amendment, Milan), Given.Now)));
        Assert.Equal(RuleViolationReason.NotTheAmender, Refusal(() => WithdrawAmendment.Decide(stream.State, session, new WithdrawAmendment(stream.State.Id, amendment, Arta), Given.Now)));
    }

    [Fact]
    public void A_declined_amendment_cannot_then_be_accepted_but_can_go_to_a_vote_and_a_decided_one_takes_no_decision()
    {
        var amendment = Amend(Milan, null, AmendmentOperation.Delete("p2"));
        stream.Append([DeclineAmendment.Decide(stream.State, session, new DeclineAmendment(stream.State.Id, amendment, null, Arta), Given.Now)]);

        Assert.Equal(RuleViolationReason.AmendmentNotPending, Refusal(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, amendment, Arta), Given.Now)));
        var ballot = Guid.NewGuid();
        stream.Append([PutAmendmentToVote.Decide(stream.State, session, new PutAmendmentToVote(stream.State.Id, amendment, ballot, Domain.Access.Actor.Operator), Given.Now)]);
        stream.Append(RecordAmendmentVote.Decide(stream.State, new RecordAmendmentVote(stream.State.Id, amendment, ballot, Adopted: false), Given.Now));

        Assert.Equal(AmendmentStatus.Rejected, stream.State.FindAmendment(amendment)!.Status);
        Assert.Equal(RuleViolationReason.AmendmentDecided, Refusal(() => WithdrawAmendment.Decide(stream.State, session, new WithdrawAmendment(stream.State.Id, amendment, Milan), Given.Now)));
        Assert.Equal(1, stream.State.VersionNumber);
    }

    [Fact]
    public void While_an_amendment_is_on_a_ballot_the_text_it_touches_cannot_change_under_it()
    {
        var amendment = Amend(Milan, null, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen shpejt.")));
        stream.Append([DeclineAmendment.Decide(stream.State, session, new DeclineAmendment(stream.State.Id, amendment, null, Arta), Given.Now)]);
        stream.Append([PutAmendmentToVote.Decide(stream.State, session, new PutAmendmentToVote(stream.State.Id, amendment, Guid.NewGuid(), Domain.Access.Actor.Operator), Given.Now)]);

        var revision = new ReviseProposal(stream.State.Id, new Dictionary<string, string>(),
            [new ParagraphText("p1", Texts("Zyrat përgjigjen menjëherë.")), new ParagraphText("p2", new Dictionary<string, string>())], Arta);
        var untouched = revision with { Paragraphs = [new ParagraphText("p1", new Dictionary<string, string>()), new ParagraphText("p2", Texts("Formularët botohen sot."))] };

        Assert.Equal(RuleViolationReason.AmendmentUnderVote, Refusal(() => ReviseProposal.Decide(stream.State, session, revision, Given.Now)));
        Assert.Equal(RuleViolationReason.AmendmentUnderVote, Refusal(() => WithdrawAmendment.Decide(stream.State, session, new WithdrawAmendment(stream.State.Id, amendment, Milan), Given.Now)));
        Assert.Equal(2, stream.Append(ReviseProposal.Decide(stream.State, session, untouched, Given.Now)).VersionNumber);
    }

    [Fact]
    public void A_sub_amendment_changes_only_what_its_parent_proposes_and_amendments_nest_one_level()
    {
        var parent = Amend(Milan, null, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen shpejt.")));
        var sub = Amend(Drita, parent, AmendmentOperation.ReplaceSpan("p1", "sq", 17, 6, "menjëherë"));

        var outside = Assert.Throws<InvalidInput>(() => Amend(Drita, parent, AmendmentOperation.Replace("p2", Texts("Jo."))));
        var nested = Assert.Throws<InvalidInput>(() => Amend(Drita, sub, AmendmentOperation.Replace("p1", Texts("Jo."))));
        var deleting = Assert.Throws<InvalidInput>(() => Amend(Drita, parent, AmendmentOperation.Delete("p1")));

        Assert.Equal(["operations[0].replace_paragraph.paragraph_id"], outside.Problems.Select(p => p.Field));
        Assert.Equal(["parent_amendment_id"], nested.Problems.Select(p => p.Field));
        Assert.Equal(["operations[0].delete_paragraph"], deleting.Problems.Select(p => p.Field));
        Assert.Equal("shpejt", stream.State.FindAmendment(sub)!.Operations[0].Span!.Original);
    }

    [Fact]
    public void Merging_a_sub_amendment_puts_a_sibling_on_the_same_text_in_conflict()
    {
        var parent = Amend(Milan, null, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen shpejt.", en: "Offices answer fast.")));
        var onAlbanian = Amend(Drita, parent, AmendmentOperation.ReplaceSpan("p1", "sq", 17, 6, "menjëherë"));
        var onEnglish = Amend(Arta, parent, AmendmentOperation.ReplaceSpan("p1", "en", 15, 4, "at once"));
        var alsoAlbanian = Amend(Arta, parent, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen sot.")));

        stream.Append(AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, onAlbanian, Milan), Given.Now));

        Assert.Equal("Zyrat përgjigjen menjëherë.", stream.State.FindAmendment(parent)!.Operations[0].Texts!["sq"]);
        Assert.Equal(["p1"], stream.State.FindAmendment(alsoAlbanian)!.Conflicts);
        Assert.Empty(stream.State.FindAmendment(onEnglish)!.Conflicts);
        Assert.Equal(RuleViolationReason.AmendmentConflicting,
            Refusal(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, alsoAlbanian, Milan), Given.Now)));
    }

    [Fact]
    public void A_paragraph_is_replaced_once_per_amendment_with_all_its_languages()
    {
        var error = Assert.Throws<InvalidInput>(() => Amend(Milan, null,
            AmendmentOperation.Replace("p1", Texts("Një.")), AmendmentOperation.Replace("p1", new Dictionary<string, string> { ["en"] = "One." })));

        Assert.Equal(["operations[1].replace_paragraph"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_span_may_neither_empty_a_paragraph_nor_grow_it_past_the_limit()
    {
        var error = Assert.Throws<InvalidInput>(() => Amend(Milan, null,
            AmendmentOperation.ReplaceSpan("p1", "sq", 0, 17, ""), AmendmentOperation.ReplaceSpan("p2", "sq", 0, 0, new string('a', ProposalLimits.ParagraphLength))));

        Assert.Equal(["operations[0].replace_span.replacement", "operations[1].replace_span.replacement"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Amendments_that_each_delete_a_paragraph_cannot_together_leave_the_proposal_empty()
    {
        var first = Amend(Milan, null, AmendmentOperation.Delete("p1"));
        var second = Amend(Drita, null, AmendmentOperation.Delete("p2"));
        stream.Append(AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, first, Arta), Given.Now));

        Assert.Equal(RuleViolationReason.TextLimitReached,
            Refusal(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, second, Arta), Given.Now)));
    }

    [Fact]
    public void A_sub_amendment_on_a_ballot_freezes_the_text_it_changes_in_its_parent()
    {
        var parent = Amend(Milan, null, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen shpejt.")));
        var voted = Amend(Drita, parent, AmendmentOperation.ReplaceSpan("p1", "sq", 17, 6, "menjëherë"));
        var sibling = Amend(Arta, parent, AmendmentOperation.Replace("p1", Texts("Zyrat përgjigjen sot.")));
        stream.Append([DeclineAmendment.Decide(stream.State, session, new DeclineAmendment(stream.State.Id, voted, null, Milan), Given.Now)]);
        stream.Append([PutAmendmentToVote.Decide(stream.State, session, new PutAmendmentToVote(stream.State.Id, voted, Guid.NewGuid(), Domain.Access.Actor.Operator), Given.Now)]);

        Assert.Equal(RuleViolationReason.AmendmentUnderVote,
            Refusal(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(stream.State.Id, sibling, Milan), Given.Now)));
        Assert.Equal(RuleViolationReason.AmendmentUnderVote, Refusal(() => RebaseAmendment.Decide(stream.State, stream.State, session,
            new RebaseAmendment(stream.State.Id, parent, 1, [AmendmentOperation.Delete("p1")], Milan), Given.Now)));
        Assert.Equal(RuleViolationReason.AmendmentUnderVote,
            Refusal(() => WithdrawAmendment.Decide(stream.State, session, new WithdrawAmendment(stream.State.Id, parent, Milan), Given.Now)));
    }

    [Fact]
    public void A_rebase_outside_the_amendment_phase_records_the_moderators_reason()
    {
        var amendment = Amend(Milan, null, AmendmentOperation.Delete("p2"));

        var rebased = RebaseAmendment.Decide(stream.State, stream.State, Advanced(session),
            new RebaseAmendment(stream.State.Id, amendment, 1, [AmendmentOperation.Delete("p1")], Milan, PhaseOverride: "Agreed in the room"), Given.Now);

        Assert.Equal("Agreed in the room", rebased.OfType<AmendmentRebased>().Single().PhaseOverride);
    }
}

using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Proposals.Translation;
using static Deliberation.Domain.Tests.Proposals.Room;

namespace Deliberation.Domain.Tests.Proposals;

/// <summary>
/// A proposal on bilingual municipal services, in Albanian (authoritative), Serbian and English: revised twice,
/// translated, and amended five times (one friendly, one declined and voted, one sub-amended, two competing on
/// one paragraph), ending with the exact text in all three languages and every version readable.
/// </summary>
public class WorkedDialogueTests
{
    private readonly Replay stream = new();
    private readonly Dictionary<int, Proposal> versions = [];
    private Domain.Sessions.Session session = InSubmission();

    private Proposal Do(Func<Proposal?, IReadOnlyList<object>> decide)
    {
        var state = stream.Append(decide(stream.Events.Count == 0 ? null : stream.State));
        versions[state.VersionNumber] = state;
        return state;
    }

    /// <summary>"Outdated since 2: p2 (2), p4 (never)": the state and what needs translating.</summary>
    private static string StatusOf(Proposal proposal, string language)
    {
        var status = LanguageStatus.Of(proposal, Languages).Single(s => s.Language == language);
        return $"{status.State}{(status.OutdatedSince is { } since ? $" since {since}" : "")}: " +
               string.Join(", ", status.Needs.Select(n => $"{n.Part} ({n.OutdatedSince?.ToString() ?? "never"})"));
    }

    private static string Body(Proposal proposal, string language) =>
        string.Join(" | ", proposal.Paragraphs.Select(p => $"{p.Id}: {p.Text.In(language) ?? "-"}"));

    private Guid Amend(Proposal proposal, Domain.Access.Actor by, int baseVersion, Guid? parent, params AmendmentOperation[] operations)
    {
        var id = Guid.NewGuid();
        Do(p => SubmitAmendment.Decide(p, baseVersion == p!.VersionNumber ? p : stream.AtVersion(baseVersion), session,
            new SubmitAmendment(proposal.Id, id, parent, baseVersion, operations, LocalizedText.Of(("sq", "Arsyetim")), by), Given.Now));
        return id;
    }

    [Fact]
    public void The_dialogue_ends_with_the_expected_text_in_every_language_and_every_version_readable()
    {
        // v1: submitted in all three languages.
        var proposal = Do(_ => SubmitProposal.Decide(session, new SubmitProposal(Guid.NewGuid(), session.Id,
            Texts("Shërbime dygjuhëshe", "Dvojezične usluge", "Bilingual services"),
            [
                Texts("Çdo zyrë komunale përgjigjet në shqip dhe serbisht.", "Svaka opštinska kancelarija odgovara na albanskom i srpskom.", "Every municipal office answers in Albanian and Serbian."),
                Texts("Formularët botohen në të dy gjuhët.", "Obrasci se objavljuju na oba jezika.", "Forms are published in both languages."),
                Texts("Komuna raporton çdo vit për zbatimin.", "Opština svake godine izveštava o sprovođenju.", "The municipality reports on implementation every year."),
            ], Arta), Given.Now));
        Assert.Equal((ProposalStatus.Admitted, 1), (proposal.Status, proposal.VersionNumber));
        Assert.Equal("Current: ", StatusOf(proposal, "sr-Latn"));

        // v2: the author changes p2 in Albanian and English; the Serbian text lags behind.
        proposal = Do(p => ReviseProposal.Decide(p, session, new ReviseProposal(p!.Id, new Dictionary<string, string>(),
            [new("p1", new Dictionary<string, string>()), new("p2", Texts("Formularët dhe njoftimet botohen në të dy gjuhët.", en: "Forms and notices are published in both languages.")), new("p3", new Dictionary<string, string>())],
            Arta), Given.Now));
        Assert.Equal("Outdated since 2: p2 (2)", StatusOf(proposal, "sr-Latn"));
        Assert.Equal("Current: ", StatusOf(proposal, "en"));

        // v3: a new paragraph in Albanian and English.
        proposal = Do(p => ReviseProposal.Decide(p, session, new ReviseProposal(p!.Id, new Dictionary<string, string>(),
            [new("p1", new Dictionary<string, string>()), new("p2", new Dictionary<string, string>()), new("p3", new Dictionary<string, string>()),
             new("", Texts("Stafi trajnohet në të dy gjuhët.", en: "Staff are trained in both languages."))], Arta, ExpectedVersion: 2), Given.Now));
        Assert.Equal("p4", proposal.Paragraphs[3].Id);
        Assert.Equal("Outdated since 2: p2 (2), p4 (never)", StatusOf(proposal, "sr-Latn"));

        // v4: the Serbian translation catches up.
        proposal = Do(p => TranslateProposal.Decide(p, session, new TranslateProposal(p!.Id, "sr-Latn", null,
            new Dictionary<string, string> { ["p2"] = "Obrasci i obaveštenja se objavljuju na oba jezika.", ["p4"] = "Osoblje se obučava na oba jezika." }, Milan, ByModerator: true), Given.Now));
        Assert.All(Languages.Skip(1), l => Assert.Equal("Current: ", StatusOf(proposal, l)));

        session = Advanced(session); // amendment phase
        var friendly = Amend(proposal, Milan, 4, null, AmendmentOperation.Replace("p3", Texts(
            "Komuna raporton çdo gjashtë muaj për zbatimin.", "Opština svakih šest meseci izveštava o sprovođenju.", "The municipality reports on implementation every six months.")));
        var complaints = Amend(proposal, Drita, 4, null, AmendmentOperation.Insert("p4", Texts("Ankesat për gjuhën trajtohen brenda 30 ditëve.", en: "Language complaints are handled within 30 days.")));
        var delay = Amend(proposal, Milan, 4, null, AmendmentOperation.Replace("p1", Texts(
            "Çdo zyrë komunale përgjigjet pa vonesë në shqip dhe serbisht.", "Svaka opštinska kancelarija odgovara bez odlaganja na albanskom i srpskom.", "Every municipal office answers without delay in Albanian and Serbian.")));
        var twoDays = Amend(proposal, Drita, 0, delay,
            AmendmentOperation.ReplaceSpan("p1", "sq", 29, 9, "brenda dy ditëve të punës"),
            AmendmentOperation.ReplaceSpan("p1", "sr-Latn", 37, 13, "u roku od dva radna dana"),
            AmendmentOperation.ReplaceSpan("p1", "en", 31, 13, "within two working days"));
        var website = Amend(proposal, Drita, 4, null, AmendmentOperation.Replace("p2", Texts("Formularët, njoftimet dhe faqja e internetit botohen në të dy gjuhët.")));
        Assert.Equal(["pa vonesë", "bez odlaganja", "without delay"], stream.State.FindAmendment(twoDays)!.Operations.Select(o => o.Span!.Original));

        // v5: the author accepts the friendly amendment; the others did not touch p3 and carry forward.
        proposal = Do(p => AcceptAmendment.Decide(p, session, new AcceptAmendment(p!.Id, friendly, Arta), Given.Now));
        Assert.Equal(5, proposal.VersionNumber);
        Assert.All([complaints, delay, website], id => Assert.Equal(5, proposal.FindAmendment(id)!.BaseVersion));

        // A competing amendment on p2, made on the stale version 4, is carried forward to 5 at once.
        var documents = Amend(proposal, Milan, 4, null, AmendmentOperation.Replace("p2", Texts("Të gjitha dokumentet publike botohen në të dy gjuhët.")));
        Assert.Equal((5, false), (stream.State.FindAmendment(documents)!.BaseVersion, stream.State.FindAmendment(documents)!.IsConflicting));

        // The sub-amendment is decided before its parent: the parent cannot be accepted while it is pending.
        var early = Assert.Throws<RuleViolation>(() => AcceptAmendment.Decide(stream.State, session, new AcceptAmendment(proposal.Id, delay, Arta), Given.Now));
        Assert.Equal(RuleViolationReason.SubAmendmentsPending, early.Reason);
        Do(p => AcceptAmendment.Decide(p, session, new AcceptAmendment(p!.Id, twoDays, Milan), Given.Now));
        proposal = Do(p => AcceptAmendment.Decide(p, session, new AcceptAmendment(p!.Id, delay, Arta), Given.Now)); // v6

        // v7: one of the two competing amendments is merged; the other is now in conflict and cannot be merged.
        proposal = Do(p => AcceptAmendment.Decide(p, session, new AcceptAmendment(p!.Id, website, Arta), Given.Now));
        Assert.Equal(["p2"], proposal.FindAmendment(documents)!.Conflicts);
        Assert.Equal("Outdated since 7: p2 (7)", StatusOf(proposal, "en"));

        // The author declines the complaints amendment; a moderator puts it to a vote, which adopts it (v8).
        Do(p => [DeclineAmendment.Decide(p, session, new DeclineAmendment(p!.Id, complaints, "Out of scope", Arta), Given.Now)]);
        session = Advanced(session); // voting phase
        var ballot = Guid.NewGuid();
        Do(p => [PutAmendmentToVote.Decide(p, session, new PutAmendmentToVote(p!.Id, complaints, ballot, Domain.Access.Actor.Operator), Given.Now)]);
        proposal = Do(p => RecordAmendmentVote.Decide(p, new RecordAmendmentVote(p!.Id, complaints, ballot, Adopted: true), Given.Now));
        Assert.Equal("Outdated since 7: p2 (7), p5 (never)", StatusOf(proposal, "sr-Latn"));
        Do(p => [WithdrawAmendment.Decide(p, session, new WithdrawAmendment(p!.Id, documents, Milan), Given.Now)]);

        // v9, v10: the translations catch up.
        Do(p => TranslateProposal.Decide(p, session, new TranslateProposal(p!.Id, "sr-Latn", null, new Dictionary<string, string>
        {
            ["p2"] = "Obrasci, obaveštenja i internet stranica se objavljuju na oba jezika.", ["p5"] = "Žalbe u vezi sa jezikom rešavaju se u roku od 30 dana.",
        }, Arta), Given.Now));
        proposal = Do(p => TranslateProposal.Decide(p, session, new TranslateProposal(p!.Id, "en", null, new Dictionary<string, string>
        {
            ["p2"] = "Forms, notices and the website are published in both languages.",
        }, Arta), Given.Now));

        Assert.Equal(10, proposal.VersionNumber);
        Assert.Equal(
            "p1: Çdo zyrë komunale përgjigjet brenda dy ditëve të punës në shqip dhe serbisht. | p2: Formularët, njoftimet dhe faqja e internetit botohen në të dy gjuhët. | " +
            "p3: Komuna raporton çdo gjashtë muaj për zbatimin. | p4: Stafi trajnohet në të dy gjuhët. | p5: Ankesat për gjuhën trajtohen brenda 30 ditëve.",
            Body(proposal, "sq"));
        Assert.Equal(
            "p1: Svaka opštinska kancelarija odgovara u roku od dva radna dana na albanskom i srpskom. | p2: Obrasci, obaveštenja i internet stranica se objavljuju na oba jezika. | " +
            "p3: Opština svakih šest meseci izveštava o sprovođenju. | p4: Osoblje se obučava na oba jezika. | p5: Žalbe u vezi sa jezikom rešavaju se u roku od 30 dana.",
            Body(proposal, "sr-Latn"));
        Assert.Equal(
            "p1: Every municipal office answers within two working days in Albanian and Serbian. | p2: Forms, notices and the website are published in both languages. | " +
            "p3: The municipality reports on implementation every six months. | p4: Staff are trained in both languages. | p5: Language complaints are handled within 30 days.",
            Body(proposal, "en"));
        Assert.All(Languages.Skip(1), l => Assert.Equal("Current: ", StatusOf(proposal, l)));
        Assert.Equal(
            [AmendmentStatus.Merged, AmendmentStatus.Merged, AmendmentStatus.Merged, AmendmentStatus.Merged, AmendmentStatus.Merged, AmendmentStatus.Withdrawn],
            proposal.Amendments.Select(a => a.Status));

        // Every version reads back exactly as it was when it was made, from the stream alone.
        Assert.Equal(Enumerable.Range(1, 10), versions.Keys.Order());
        foreach (var (number, state) in versions)
            foreach (var language in Languages)
                Assert.Equal(Body(state, language), Body(stream.AtVersion(number), language));
        Assert.Equal("p1: Çdo zyrë komunale përgjigjet në shqip dhe serbisht. | p2: Formularët dhe njoftimet botohen në të dy gjuhët. | " +
                     "p3: Komuna raporton çdo vit për zbatimin. | p4: Stafi trajnohet në të dy gjuhët.", Body(stream.AtVersion(3), "sq"));
    }
}

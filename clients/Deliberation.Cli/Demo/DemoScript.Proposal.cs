using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

internal sealed partial class DemoScript
{
    /// <summary>
    /// Arta writes the proposal in Albanian; Milan and Jelena co-sponsor it and translate it. Milan's amendment shortens a
    /// deadline and Arta accepts it; Besnik's amendment puts Albanian first on signs and Arta declines it,
    /// so it goes to a vote of its own. Answers the proposal's id and Besnik's amendment's id.
    /// </summary>
    private async Task<(string ProposalId, string AmendmentId)> DraftProposalAsync(CancellationToken ct)
    {
        var submitted = await Step($"Arta submits \"{DemoTexts.TitleEn}\" in Albanian, the authoritative language.", async () =>
            await this[DemoCast.Arta].Api.Proposals.SubmitProposalAsync(new SubmitProposalRequest
            {
                RequestId = NewId(), SessionId = sessionId, Title = DemoTexts.Text("sq", DemoTexts.TitleSq),
                Paragraphs = { DemoTexts.Text("sq", DemoTexts.OfficesSq), DemoTexts.Text("sq", DemoTexts.DocumentsSq) },
            }, cancellationToken: ct), ct);
        var proposal = submitted.Proposal;
        var (offices, documents) = (proposal.Paragraphs[0].ParagraphId, proposal.Paragraphs[1].ParagraphId);
        foreach (var cosponsor in new[] { DemoCast.Milan, DemoCast.Jelena })
            await Step($"{cosponsor.Name} co-sponsors it: a proposal from both communities.", async () => await this[cosponsor].Api.Proposals.JoinCosponsorsAsync(
                new JoinCosponsorsRequest { RequestId = NewId(), ProposalId = proposal.ProposalId }, cancellationToken: ct), ct);
        await TranslateAsync(DemoCast.Milan, "sr-Latn", "Serbian", DemoTexts.TitleSr, DemoTexts.OfficesSr, DemoTexts.DocumentsSr);
        var version = (await TranslateAsync(DemoCast.Jelena, "en", "English", DemoTexts.TitleEn, DemoTexts.OfficesEn, DemoTexts.DocumentsEn)).Proposal.Version;
        await AdvanceAsync("Mira moves the round on to the amendment phase.", ct);

        var tenDays = await AmendAsync(DemoCast.Milan, "Milan proposes ten days instead of thirty for official documents.", DemoTexts.TenDaysRationale,
            new AmendmentOperation { ReplaceParagraph = new ReplaceParagraph { ParagraphId = documents, Text = DemoTexts.TenDays } });
        version = (await Step("Arta accepts Milan's amendment: it is merged as a new version, in all three languages.", async () =>
            await this[DemoCast.Arta].Api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = tenDays }, cancellationToken: ct), ct)).Amendment.MergedAtVersion;
        var albanianFirst = await AmendAsync(DemoCast.Besnik, "Besnik proposes that Albanian be written first on public signs.", DemoTexts.AlbanianFirstRationale,
            new AmendmentOperation { InsertParagraph = new InsertParagraph { AfterParagraphId = documents, Text = DemoTexts.AlbanianFirst } });
        await Step("Arta declines Besnik's amendment; it can still be put to a vote.", async () =>
            await this[DemoCast.Arta].Api.Proposals.DeclineAmendmentAsync(
                new DeclineAmendmentRequest { RequestId = NewId(), AmendmentId = albanianFirst, Reason = DemoTexts.DeclineReason }, cancellationToken: ct), ct);
        await AdvanceAsync("Mira moves the round on to deliberation.", ct);
        return (proposal.ProposalId, albanianFirst);

        async Task<ProposalResponse> TranslateAsync(DemoPerson translator, string language, string languageName, string title, string officesText, string documentsText) =>
            await Step($"{translator.Name} translates the proposal into {languageName}.", async () =>
                await this[translator].Api.Proposals.TranslateProposalAsync(new TranslateProposalRequest
                {
                    RequestId = NewId(), ProposalId = proposal.ProposalId, Language = language, Title = title,
                    Paragraphs = { [offices] = officesText, [documents] = documentsText },
                }, cancellationToken: ct), ct);

        async Task<string> AmendAsync(DemoPerson amender, string told, LocalizedText rationale, AmendmentOperation operation) =>
            (await Step(told, async () => await this[amender].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
            {
                RequestId = NewId(), ProposalId = proposal.ProposalId, BaseVersion = version, Operations = { operation }, Rationale = rationale,
            }, cancellationToken: ct), ct)).Amendment.AmendmentId;
    }
}

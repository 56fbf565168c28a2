using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Proposals;

internal sealed class SubmitProposalRequestValidator : AbstractValidator<SubmitProposalRequest>
{
    public SubmitProposalRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        RuleFor(r => r.Title).NotNull().WithMessage("is required").SetValidator(ProposalTexts.Title);
        RuleFor(r => r.Paragraphs).NotEmpty().WithMessage("must have at least one paragraph")
            .Must(p => p.Count <= Limits.Paragraphs).WithMessage($"must be at most {Limits.Paragraphs} paragraphs");
        RuleForEach(r => r.Paragraphs).Cascade(CascadeMode.Continue).SetValidator(ProposalTexts.Paragraph);
        RuleFor(r => r.PhaseOverrideReason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class ReviseProposalRequestValidator : AbstractValidator<ReviseProposalRequest>
{
    public ReviseProposalRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("must be a version number, or 0 for none");
        When(r => r.Title is { Texts.Count: > 0 }, () => RuleFor(r => r.Title).SetValidator(ProposalTexts.Title));
        RuleFor(r => r.Paragraphs).NotEmpty().WithMessage("must have at least one paragraph: the whole body in its new order")
            .Must(p => p.Count <= Limits.Paragraphs).WithMessage($"must be at most {Limits.Paragraphs} paragraphs");
        RuleForEach(r => r.Paragraphs).Cascade(CascadeMode.Continue).ChildRules(paragraph =>
            paragraph.When(p => p.Text is { Texts.Count: > 0 }, () => paragraph.RuleFor(p => p.Text).SetValidator(ProposalTexts.Paragraph)));
        RuleFor(r => r.PhaseOverrideReason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class TranslateProposalRequestValidator : AbstractValidator<TranslateProposalRequest>
{
    public TranslateProposalRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.Language).IsLanguageTag();
        RuleFor(r => r.Title).IsOptionalText(Limits.TitleLength, lineBreaks: false);
        RuleFor(r => r.WrittenOnVersion).GreaterThanOrEqualTo(0).WithMessage("must be a version number, or 0 for the current one");
        RuleForEach(r => r.Paragraphs).Cascade(CascadeMode.Continue).ChildRules(paragraph => paragraph.RuleFor(p => p.Value).IsText(Limits.ParagraphLength, lineBreaks: false))
            .OverridePropertyName("paragraphs");
    }
}

internal sealed class WithdrawProposalRequestValidator : AbstractValidator<WithdrawProposalRequest>
{
    public WithdrawProposalRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.Reason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class JoinCosponsorsRequestValidator : AbstractValidator<JoinCosponsorsRequest>
{
    public JoinCosponsorsRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
    }
}

internal sealed class LeaveCosponsorsRequestValidator : AbstractValidator<LeaveCosponsorsRequest>
{
    public LeaveCosponsorsRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
    }
}

internal sealed class MergeProposalsRequestValidator : AbstractValidator<MergeProposalsRequest>
{
    public MergeProposalsRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.MergedProposalId).IsUuid();
    }
}

internal sealed class SetAdmissionRuleRequestValidator : AbstractValidator<SetAdmissionRuleRequest>
{
    public SetAdmissionRuleRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.SessionId).IsUuid();
        When(r => r.AgendaItemId.Length > 0, () => RuleFor(r => r.AgendaItemId).IsUuid());
        RuleFor(r => r.Rule).NotNull().WithMessage("is required").ChildRules(rule =>
        {
            rule.RuleFor(r => r.Cosponsors).InclusiveBetween(0, Limits.Cosponsors).WithMessage($"must be 0 to {Limits.Cosponsors}");
            rule.When(r => r.Dimension.Length > 0, () =>
            {
                rule.RuleFor(r => r.Dimension).IsKey();
                rule.RuleFor(r => r.DistinctValues).GreaterThanOrEqualTo(1).WithMessage("must be at least 1 when a dimension is named");
            }).Otherwise(() => rule.RuleFor(r => r.DistinctValues).Equal(0).WithMessage("needs a dimension"));
        });
    }
}

internal sealed class GetProposalRequestValidator : AbstractValidator<GetProposalRequest>
{
    public GetProposalRequestValidator()
    {
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.Version).GreaterThanOrEqualTo(0).WithMessage("must be a version number, or 0 for the current one");
    }
}

internal sealed class ListProposalsRequestValidator : AbstractValidator<ListProposalsRequest>
{
    public ListProposalsRequestValidator() => RuleFor(r => r.SessionId).IsUuid();
}

internal sealed class CompareVersionsRequestValidator : AbstractValidator<CompareVersionsRequest>
{
    public CompareVersionsRequestValidator()
    {
        RuleFor(r => r.ProposalId).IsUuid();
        RuleFor(r => r.FromVersion).GreaterThanOrEqualTo(1).WithMessage("must be a version number");
        RuleFor(r => r.ToVersion).GreaterThanOrEqualTo(0).WithMessage("must be a version number, or 0 for the current one");
    }
}

/// <summary>The text rules of proposals: titles and paragraphs are single lines, divided by the structure.</summary>
internal static class ProposalTexts
{
    public static readonly LocalizedTextValidator Title = new(Limits.TitleLength, lineBreaks: false);
    public static readonly LocalizedTextValidator Paragraph = new(Limits.ParagraphLength, lineBreaks: false);
    public static readonly LocalizedTextValidator Rationale = new(Limits.RationaleLength);
}

using Deliberation.Api.V1;
using Deliberation.Server.Common;
using FluentValidation;

namespace Deliberation.Server.Proposals;

internal sealed class SubmitAmendmentRequestValidator : AbstractValidator<SubmitAmendmentRequest>
{
    public SubmitAmendmentRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.ProposalId).IsUuid();
        When(r => r.ParentAmendmentId.Length > 0, () => RuleFor(r => r.ParentAmendmentId).IsUuid())
            .Otherwise(() => RuleFor(r => r.BaseVersion).GreaterThanOrEqualTo(1).WithMessage("must be the version the operations are written on"));
        RuleFor(r => r.Operations).IsOperations();
        RuleForEach(r => r.Operations).Cascade(CascadeMode.Continue).SetValidator(new AmendmentOperationValidator());
        RuleFor(r => r.Rationale).NotNull().WithMessage("is required").SetValidator(ProposalTexts.Rationale);
        RuleFor(r => r.PhaseOverrideReason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class RebaseAmendmentRequestValidator : AbstractValidator<RebaseAmendmentRequest>
{
    public RebaseAmendmentRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.AmendmentId).IsUuid();
        RuleFor(r => r.BaseVersion).GreaterThanOrEqualTo(0).WithMessage("must be the version the operations are written on");
        RuleFor(r => r.Operations).IsOperations();
        RuleForEach(r => r.Operations).Cascade(CascadeMode.Continue).SetValidator(new AmendmentOperationValidator());
        RuleFor(r => r.PhaseOverrideReason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class AcceptAmendmentRequestValidator : AbstractValidator<AcceptAmendmentRequest>
{
    public AcceptAmendmentRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.AmendmentId).IsUuid();
    }
}

internal sealed class DeclineAmendmentRequestValidator : AbstractValidator<DeclineAmendmentRequest>
{
    public DeclineAmendmentRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.AmendmentId).IsUuid();
        RuleFor(r => r.Reason).IsOptionalText(Limits.ReasonLength);
    }
}

internal sealed class RuleAmendmentOutOfOrderRequestValidator : AbstractValidator<RuleAmendmentOutOfOrderRequest>
{
    public RuleAmendmentOutOfOrderRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.AmendmentId).IsUuid();
        RuleFor(r => r.Reason).IsText(Limits.ReasonLength);
    }
}

internal sealed class WithdrawAmendmentRequestValidator : AbstractValidator<WithdrawAmendmentRequest>
{
    public WithdrawAmendmentRequestValidator()
    {
        RuleFor(r => r.RequestId).IsRequestId();
        RuleFor(r => r.AmendmentId).IsUuid();
    }
}

internal sealed class GetAmendmentRequestValidator : AbstractValidator<GetAmendmentRequest>
{
    public GetAmendmentRequestValidator() => RuleFor(r => r.AmendmentId).IsUuid();
}

/// <summary>The shape of one operation; what it names is checked against the text by the domain.</summary>
internal sealed class AmendmentOperationValidator : AbstractValidator<AmendmentOperation>
{
    public AmendmentOperationValidator()
    {
        RuleFor(o => o.OperationCase).NotEqual(AmendmentOperation.OperationOneofCase.None)
            .WithMessage("must be one of replace_paragraph, insert_paragraph, delete_paragraph or replace_span").OverridePropertyName("operation");
        When(o => o.ReplaceParagraph is not null, () =>
        {
            RuleFor(o => o.ReplaceParagraph.ParagraphId).NotEmpty().WithMessage("is required");
            RuleFor(o => o.ReplaceParagraph.Text).NotNull().WithMessage("is required").SetValidator(ProposalTexts.Paragraph);
        });
        When(o => o.InsertParagraph is not null, () =>
            RuleFor(o => o.InsertParagraph.Text).NotNull().WithMessage("is required").SetValidator(ProposalTexts.Paragraph));
        When(o => o.DeleteParagraph is not null, () => RuleFor(o => o.DeleteParagraph.ParagraphId).NotEmpty().WithMessage("is required"));
        When(o => o.ReplaceSpan is not null, () =>
        {
            RuleFor(o => o.ReplaceSpan.ParagraphId).NotEmpty().WithMessage("is required");
            RuleFor(o => o.ReplaceSpan.Language).IsLanguageTag();
            RuleFor(o => o.ReplaceSpan.Start).GreaterThanOrEqualTo(0).WithMessage("must not be negative");
            RuleFor(o => o.ReplaceSpan.Length).GreaterThanOrEqualTo(0).WithMessage("must not be negative");
            RuleFor(o => o.ReplaceSpan.Replacement).IsOptionalText(Limits.ParagraphLength, lineBreaks: false);
        });
    }
}

internal static class OperationRules
{
    public static IRuleBuilderOptions<T, Google.Protobuf.Collections.RepeatedField<AmendmentOperation>> IsOperations<T>(
        this IRuleBuilder<T, Google.Protobuf.Collections.RepeatedField<AmendmentOperation>> rule) =>
        rule.NotEmpty().WithMessage("must have at least one operation")
            .Must(o => o.Count <= Limits.Operations).WithMessage($"must be at most {Limits.Operations} operations");
}

using System.Collections.Generic;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Clearance;

/// <summary>The three statements seed protocol section 2.2 requires of every disclosure record.</summary>
internal readonly struct BasisStatements
{
    public static readonly string[] Names = { "Reasons", "Extent", "PermittedUse" };
    private static readonly string[] Words = { "reasons", "extent", "permitted use" };

    public BasisStatements(StatementState reasons, StatementState extent, StatementState permittedUse)
    {
        Reasons = reasons;
        Extent = extent;
        PermittedUse = permittedUse;
    }

    public static BasisStatements AllEmpty => new(StatementState.Empty, StatementState.Empty, StatementState.Empty);

    public static BasisStatements AllUnknown => new(StatementState.Unknown, StatementState.Unknown, StatementState.Unknown);

    public StatementState Reasons { get; }

    public StatementState Extent { get; }

    public StatementState PermittedUse { get; }

    public static StatementState StateOf(IOperation value)
    {
        var constant = OperationTree.Unwrap(value).ConstantValue;
        if (!constant.HasValue)
        {
            return StatementState.Unknown;
        }

        return constant.Value is string text && text.Trim().Length > 0 ? StatementState.Stated : StatementState.Empty;
    }

    public static StatementState StateOf(TypedConstant constant) =>
        constant.Value is string text && text.Trim().Length > 0 ? StatementState.Stated : StatementState.Empty;

    public BasisStatements With(string name, StatementState state) => name switch
    {
        "Reasons" or "reasons" => new BasisStatements(state, Extent, PermittedUse),
        "Extent" or "extent" => new BasisStatements(Reasons, state, PermittedUse),
        "PermittedUse" or "permittedUse" => new BasisStatements(Reasons, Extent, state),
        _ => this,
    };

    /// <summary>The statements known to be empty, in words ("reasons and permitted use"), or null when none is.</summary>
    public string? MissingInWords()
    {
        var missing = new List<string>(3);
        var states = new[] { Reasons, Extent, PermittedUse };
        for (var i = 0; i < states.Length; i++)
        {
            if (states[i] == StatementState.Empty)
            {
                missing.Add(Words[i]);
            }
        }

        return missing.Count switch
        {
            0 => null,
            1 => missing[0],
            2 => missing[0] + " or " + missing[1],
            _ => missing[0] + ", " + missing[1] + " or " + missing[2],
        };
    }
}

using FsCheck;
using Microsoft.FSharp.Core;

namespace Marac.Forms.Tests.Json;

/// <summary>FsCheck settings for the JSON properties: a fixed seed, so every run checks the same cases and a failure replays.</summary>
internal static class PropertyChecks
{
    internal static Config Runs(int count, ulong seed) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;
using LibSsl.Tests.Support;
using NUnit.Framework;

namespace LibSsl.Tests.Native;

/// <summary>
/// The shape every export must have (DESIGN.md, "One shape for every
/// export"): under NativeAOT an exception escaping an [UnmanagedCallersOnly]
/// method ends the host process, so each one either catches System.Exception
/// around everything that can throw, or is trivial (no calls at all).  Only
/// blittable primitives and pointers cross the boundary, and the exported
/// names are exactly those of libssl/Symbols.list.
/// </summary>
[TestFixture]
public class BoundaryShapeTests
{
    private static readonly Assembly Library = typeof(LibSsl.Native.Handles).Assembly;

    private static readonly HashSet<Type> Blittable = new()
    {
        typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(nint), typeof(nuint), typeof(float), typeof(double),
    };

    private static List<MethodInfo> Exports() =>
        Library.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static
                                          | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<UnmanagedCallersOnlyAttribute>() is not null)
            .ToList();

    private static string Describe(MethodInfo m) => m.DeclaringType!.Name + "." + m.Name;

    [Test]
    public void ThereAreExports()
    {
        Assert.That(Exports().Count, Is.GreaterThan(50));
    }

    [Test]
    public void EveryExportIsStaticAndNamed()
    {
        foreach (MethodInfo m in Exports())
        {
            Assert.That(m.IsStatic, Is.True, Describe(m));
            // The fork(2) handlers are handed to pthread_atfork by address.
            if (m.DeclaringType == typeof(LibSsl.Runtime.ForkGate))
                continue;
            Assert.That(m.GetCustomAttribute<UnmanagedCallersOnlyAttribute>()!.EntryPoint, Is.Not.Null.And.Not.Empty,
                Describe(m) + " has no EntryPoint, so it is not exported");
        }
    }

    [Test]
    public void EveryExportCatchesExceptionOrMakesNoCalls()
    {
        var offenders = new List<string>();
        foreach (MethodInfo m in Exports())
        {
            MethodBody body = m.GetMethodBody()!;
            bool catchesAll = body.ExceptionHandlingClauses.Any(c =>
                c.Flags == ExceptionHandlingClauseOptions.Clause && c.CatchType == typeof(Exception));
            bool calls = Il.Decode(body.GetILAsByteArray()!).Any(i => Il.IsCall(i.OpCode));
            if (!catchesAll && calls)
                offenders.Add(Describe(m));
        }
        Assert.That(offenders, Is.Empty, "exports that call out without catch (Exception)");
    }

    // Declared before SafeInFinally, whose initializer uses GateExit.
    private static readonly MethodInfo GateEnter =
        typeof(LibSsl.Runtime.ForkGate).GetMethod(nameof(LibSsl.Runtime.ForkGate.Enter), BindingFlags.Public | BindingFlags.Static)!;

    private static readonly MethodInfo GateExit =
        typeof(LibSsl.Runtime.ForkGate).GetMethod(nameof(LibSsl.Runtime.ForkGate.Exit), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>
    /// Calls a finally block may make: they cannot throw.  Errno.Apply reads
    /// two thread statics and calls Mono_Posix_Stdlib_SetLastError, which
    /// NativeAOT binds at link time (DirectPInvoke); ErrnoTests checks it
    /// resolves under the JIT too.
    /// </summary>
    private static readonly HashSet<MethodBase> SafeInFinally = new()
    {
        typeof(LibSsl.Posix.Errno).GetMethod(nameof(LibSsl.Posix.Errno.Apply), BindingFlags.Public | BindingFlags.Static)!,
        GateExit,
    };

    /// <summary>
    /// The one call allowed before the try: entering the fork gate, which
    /// catches everything itself.  It must come first, so that nothing of
    /// the export runs while fork(2) may be under way (Runtime/ForkGate.cs).
    /// </summary>
    private static bool IsGateEntry(Il.Instruction i, MethodBase? target, IList<ExceptionHandlingClause> guards) =>
        target == GateEnter && guards.Count > 0 && i.Offset < guards.Min(c => c.TryOffset);

    /// <summary>
    /// Stronger than the rule above: a call placed before the try, after it,
    /// or in a finally block can throw past the catch just as well, so every
    /// call must sit in a try block guarded by catch (Exception) or in such a
    /// handler; a finally block may only call what <see cref="SafeInFinally"/> lists.
    /// </summary>
    [Test]
    public void EveryCallInAnExportIsInsideTheCatchAll()
    {
        var offenders = new List<string>();
        foreach (MethodInfo m in Exports())
        {
            MethodBody body = m.GetMethodBody()!;
            var guards = body.ExceptionHandlingClauses
                .Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause && c.CatchType == typeof(Exception))
                .ToList();
            var finallies = body.ExceptionHandlingClauses
                .Where(c => c.Flags == ExceptionHandlingClauseOptions.Finally)
                .ToList();
            foreach (Il.Instruction i in Il.Decode(body.GetILAsByteArray()!))
            {
                if (!Il.IsCall(i.OpCode))
                    continue;
                bool covered = guards.Any(c =>
                    (i.Offset >= c.TryOffset && i.Offset < c.TryOffset + c.TryLength)
                    || (i.Offset >= c.HandlerOffset && i.Offset < c.HandlerOffset + c.HandlerLength));
                if (covered)
                    continue;
                MethodBase? target = i.OpCode == OpCodes.Calli ? null : m.Module.ResolveMethod(i.Token);
                bool safeFinally = target is not null && SafeInFinally.Contains(target) && finallies.Any(c =>
                    i.Offset >= c.HandlerOffset && i.Offset < c.HandlerOffset + c.HandlerLength);
                if (!safeFinally && !IsGateEntry(i, target, guards))
                    offenders.Add($"{Describe(m)}: {i.OpCode.Name} {target?.DeclaringType?.Name}.{target?.Name} at IL_{i.Offset:X4} outside catch (Exception)");
            }
        }
        Assert.That(offenders, Is.Empty);
    }

    /// <summary>
    /// Every export that runs more than a few instructions enters the fork
    /// gate as its first call and leaves it in a finally block, so no
    /// managed code of the library runs while another thread forks (ssl(3)
    /// CAVEATS).  The exports without calls only return a constant.
    /// </summary>
    [Test]
    public void EveryExportWithCallsEntersAndLeavesTheForkGate()
    {
        var offenders = new List<string>();
        foreach (MethodInfo m in Exports().Where(m => m.DeclaringType!.Namespace != "LibSsl.Runtime"))
        {
            MethodBody body = m.GetMethodBody()!;
            List<Il.Instruction> calls = Il.Decode(body.GetILAsByteArray()!).Where(i => Il.IsCall(i.OpCode)).ToList();
            if (calls.Count == 0)
                continue;
            MethodBase? first = calls[0].OpCode == OpCodes.Calli ? null : m.Module.ResolveMethod(calls[0].Token);
            if (first != GateEnter)
                offenders.Add(Describe(m) + ": first call is not ForkGate.Enter");
            bool exitsInFinally = body.ExceptionHandlingClauses
                .Where(c => c.Flags == ExceptionHandlingClauseOptions.Finally)
                .Any(c => calls.Any(i => i.Offset >= c.HandlerOffset && i.Offset < c.HandlerOffset + c.HandlerLength
                    && i.OpCode != OpCodes.Calli && m.Module.ResolveMethod(i.Token) == GateExit));
            if (!exitsInFinally)
                offenders.Add(Describe(m) + ": does not call ForkGate.Exit in a finally block");
            if (calls.Count(i => i.OpCode != OpCodes.Calli && m.Module.ResolveMethod(i.Token) == GateEnter) != 1)
                offenders.Add(Describe(m) + ": enters the gate more than once");
        }
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void OnlyBlittablePrimitivesAndPointersCrossTheBoundary()
    {
        var offenders = new List<string>();
        foreach (MethodInfo m in Exports())
        {
            if (m.ReturnType != typeof(void) && !IsBlittable(m.ReturnType))
                offenders.Add($"{Describe(m)} returns {m.ReturnType}");
            foreach (ParameterInfo p in m.GetParameters())
            {
                if (!IsBlittable(p.ParameterType))
                    offenders.Add($"{Describe(m)}({p.Name}) is {p.ParameterType}");
            }
        }
        Assert.That(offenders, Is.Empty);
    }

    private static bool IsBlittable(Type t) =>
        Blittable.Contains(t) || t.IsPointer || t.IsFunctionPointer || t.IsUnmanagedFunctionPointer;

    [Test]
    public void BlittableCheckRejectsManagedTypes()
    {
        // Guards the check above against accepting everything.
        Assert.That(IsBlittable(typeof(bool)), Is.False);
        Assert.That(IsBlittable(typeof(char)), Is.False);
        Assert.That(IsBlittable(typeof(string)), Is.False);
        Assert.That(IsBlittable(typeof(int).MakeByRefType()), Is.False);
        Assert.That(IsBlittable(typeof(byte).MakePointerType()), Is.True);
    }

    [Test]
    public void ExportedNamesAreExactlySymbolsList()
    {
        string path = Path.Combine(RepoPaths.Root, "libssl", "Symbols.list");
        List<string> listed = File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        // LibSsl.Runtime answers calls of the .NET runtime itself (its
        // OpenSSL shim); those symbols stay local to the image.
        List<string> exported = Exports()
            .Where(m => m.DeclaringType!.Namespace != "LibSsl.Runtime")
            .Select(m => m.GetCustomAttribute<UnmanagedCallersOnlyAttribute>()!.EntryPoint!)
            .ToList();

        Assert.That(exported, Is.Unique, "two methods export the same name");
        Assert.That(listed, Is.Unique, "Symbols.list repeats a name");
        Assert.That(exported.Except(listed).ToList(), Is.Empty, "exported but missing from Symbols.list");
        Assert.That(listed.Except(exported).ToList(), Is.Empty, "listed in Symbols.list but not exported");
        Assert.That(listed, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "Symbols.list says it is sorted");
    }

    [Test]
    public void IlDecoderFindsCallsAndHandlers()
    {
        // Guards the IL scan itself: a method known to call and to catch.
        MethodInfo sample = typeof(BoundaryShapeTests).GetMethod(nameof(SampleGuarded), BindingFlags.NonPublic | BindingFlags.Static)!;
        MethodBody body = sample.GetMethodBody()!;
        List<Il.Instruction> code = Il.Decode(body.GetILAsByteArray()!);
        Assert.That(code.Count(i => Il.IsCall(i.OpCode)), Is.GreaterThanOrEqualTo(2));
        Assert.That(code.Where(i => Il.IsCall(i.OpCode)).Select(i => sample.Module.ResolveMethod(i.Token)!.Name),
            Does.Contain("Parse").And.Contain("GetHashCode"));
        Assert.That(code.Sum(i => i.Size), Is.EqualTo(body.GetILAsByteArray()!.Length), "instructions tile the body");
        Assert.That(body.ExceptionHandlingClauses.Any(c => c.CatchType == typeof(Exception)), Is.True);

        MethodInfo trivial = typeof(BoundaryShapeTests).GetMethod(nameof(SampleTrivial), BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.That(Il.Decode(trivial.GetMethodBody()!.GetILAsByteArray()!).Any(i => Il.IsCall(i.OpCode)), Is.False);
    }

    private static int SampleGuarded(string s)
    {
        try
        {
            return int.Parse(s) + new object().GetHashCode();
        }
        catch (Exception)
        {
            return -1;
        }
    }

    private static int SampleTrivial(int x) => x == 0 ? 1 : 0;

    /// <summary>A minimal ECMA-335 IL decoder: instruction offsets and opcodes.</summary>
    internal static class Il
    {
        /// <summary>One instruction; <see cref="Token"/> is the metadata token of a call's target.</summary>
        public readonly record struct Instruction(int Offset, OpCode OpCode, int Size, int Token);

        private static readonly Dictionary<short, OpCode> s_codes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value);

        public static bool IsCall(OpCode op) =>
            op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj || op == OpCodes.Calli;

        public static List<Instruction> Decode(byte[] il)
        {
            var list = new List<Instruction>();
            int pos = 0;
            while (pos < il.Length)
            {
                int start = pos;
                short value = il[pos++];
                if (value == 0xFE)
                    value = unchecked((short)(0xFE00 | il[pos++]));
                if (!s_codes.TryGetValue(value, out OpCode op))
                    throw new InvalidDataException($"unknown opcode 0x{value:X} at IL_{start:X4}");
                int token = op.OperandType is OperandType.InlineMethod or OperandType.InlineSig
                    ? BitConverter.ToInt32(il, pos)
                    : 0;
                pos += OperandSize(op, il, pos);
                list.Add(new Instruction(start, op, pos - start, token));
            }
            return list;
        }

        private static int OperandSize(OpCode op, byte[] il, int pos) => op.OperandType switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, pos),
            _ => 4,
        };
    }
}

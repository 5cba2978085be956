using System;
using System.Collections.Generic;
using System.Linq;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using NUnit.Framework;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// One record at a time, never a byte past it (DESIGN.md: no read-ahead),
/// and partial progress survives every retry.
/// </summary>
[TestFixture]
public class RecordReaderTests
{
    private readonly List<byte[]> _headersSeen = new();

    private static byte[] Record(short type, int bodyLength, byte fill)
    {
        var r = new byte[5 + bodyLength];
        r[0] = (byte)type;
        r[1] = 3;
        r[2] = 3;
        r[3] = (byte)(bodyLength >> 8);
        r[4] = (byte)bodyLength;
        for (int i = 5; i < r.Length; i++)
            r[i] = (byte)(fill + i);
        return r;
    }

    private int SizeOf(byte[] header)
    {
        _headersSeen.Add((byte[])header.Clone());
        return 5 + ((header[3] << 8) | header[4]);
    }

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private ReadOutcome FillUntilDone(RecordReader reader, ScriptedBio bio, out int retries)
    {
        retries = 0;
        for (int i = 0; i < 100_000; i++)
        {
            ReadOutcome o = reader.Fill(bio, SizeOf);
            if (o != ReadOutcome.Retry)
                return o;
            retries++;
        }
        Assert.Fail("reader never finished");
        return ReadOutcome.Error;
    }

    private static void AssertHolds(RecordReader reader, byte[] record)
    {
        Assert.That(reader.Length, Is.EqualTo(record.Length));
        Assert.That(reader.Buffer.AsSpan(0, reader.Length).ToArray(), Is.EqualTo(record));
    }

    [SetUp]
    public void SetUp() => _headersSeen.Clear();

    [Test]
    public void WholeRecordsInOneChunkAreTakenOneAtATime()
    {
        byte[] first = Record(ContentType.handshake, 300, 1);
        byte[] second = Record(ContentType.application_data, 40, 7);
        var bio = new ScriptedBio().Data(Concat(first, second));
        var reader = new RecordReader();

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        AssertHolds(reader, first);
        Assert.That(bio.Unread(), Is.EqualTo(second), "not one byte of the next record was taken");
        Assert.That(bio.Requests, Is.EqualTo(new[] { 5, 300 }), "asked for the header, then exactly the body");
        Assert.That(_headersSeen.Single(), Is.EqualTo(first.Take(5).ToArray()));

        // Until Reset, the record stays complete and nothing more is read.
        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        Assert.That(bio.Unread(), Is.EqualTo(second));

        reader.Reset();
        Assert.That(reader.InProgress, Is.False);
        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        AssertHolds(reader, second);
        Assert.That(bio.Unread(), Is.Empty);
        Assert.That(_headersSeen.Count, Is.EqualTo(2));
    }

    [Test]
    public void OneByteAtATimeWithRetriesBetween()
    {
        byte[] first = Record(ContentType.handshake, 37, 3);
        byte[] second = Record(ContentType.alert, 2, 9);
        var bio = new ScriptedBio().DataByteByByte(first, retryBetween: true).Data(second);
        var reader = new RecordReader();

        Assert.That(FillUntilDone(reader, bio, out int retries), Is.EqualTo(ReadOutcome.Record));
        // Every byte but the last is followed by a scripted retry, and each surfaces as Retry.
        Assert.That(retries, Is.EqualTo(first.Length - 1));
        AssertHolds(reader, first);
        Assert.That(bio.Unread(), Is.EqualTo(second));
        Assert.That(_headersSeen.Count, Is.EqualTo(1), "the size is asked once per record");
    }

    [Test]
    public void OneByteAtATimeWithoutRetries()
    {
        byte[] record = Record(ContentType.application_data, 20, 5);
        var bio = new ScriptedBio().DataByteByByte(record, retryBetween: false);
        var reader = new RecordReader();

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        AssertHolds(reader, record);
        Assert.That(bio.Requests.Count, Is.EqualTo(record.Length));
        // Requests shrink to what is still missing: 5,4,3,2,1 for the header, then 20..1.
        Assert.That(bio.Requests, Is.EqualTo(Enumerable.Range(1, 5).Reverse().Concat(Enumerable.Range(1, 20).Reverse())));
    }

    [Test]
    public void RetryInTheMiddleOfHeaderAndOfBody()
    {
        byte[] record = Record(ContentType.application_data, 100, 2);
        byte[] next = Record(ContentType.application_data, 10, 4);
        var bio = new ScriptedBio()
            .Data(record[..2]).Retry()
            .Data(record[2..8]).Retry()          // rest of the header and 3 body bytes
            .Retry()
            .Data(Concat(record[8..], next));
        var reader = new RecordReader();

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Retry));
        Assert.That(reader.InProgress, Is.True);
        Assert.That(_headersSeen, Is.Empty, "only two header bytes so far");

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Retry));
        Assert.That(_headersSeen.Count, Is.EqualTo(1));
        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Retry));

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        AssertHolds(reader, record);
        Assert.That(bio.Unread(), Is.EqualTo(next));
        Assert.That(bio.Requests.Max(), Is.LessThanOrEqualTo(100));
    }

    [Test]
    public void EmptyBodyRecordIsCompleteAfterItsHeader()
    {
        byte[] empty = Record(ContentType.application_data, 0, 0);
        byte[] next = Record(ContentType.application_data, 3, 0);
        var bio = new ScriptedBio().Data(Concat(empty, next));
        var reader = new RecordReader();

        Assert.That(reader.Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Record));
        AssertHolds(reader, empty);
        Assert.That(bio.Unread(), Is.EqualTo(next));
    }

    [Test]
    public void EndOfFileInsideARecord()
    {
        byte[] record = Record(ContentType.handshake, 50, 1);
        var bio = new ScriptedBio().Data(record[..20]).EndOfFile();
        Assert.That(new RecordReader().Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Eof));
    }

    [Test]
    public void HardBioFailureIsAnError()
    {
        var bio = new ScriptedBio().Data(1, 2).Error();
        Assert.That(new RecordReader().Fill(bio, SizeOf), Is.EqualTo(ReadOutcome.Error));
    }

    [Test]
    public void OversizedRecordIsRefusedAsRecordOverflow()
    {
        var header = new byte[] { (byte)ContentType.application_data, 3, 3, 0xFF, 0xFF };
        var bio = new ScriptedBio().Data(header);
        var e = Assert.Throws<TlsFatalAlert>(() => new RecordReader().Fill(bio, SizeOf));
        Assert.That(e!.AlertDescription, Is.EqualTo(AlertDescription.record_overflow));
    }

    [Test]
    public void RecordSizeFromBouncyCastleMatchesTheHeader()
    {
        // The SSL layer passes the engine's PreviewInputRecord as sizeOf; check it
        // agrees with the header arithmetic this fixture uses.
        var protocol = new TlsClientProtocol();
        byte[] record = Record(ContentType.handshake, 123, 0);
        Assert.That(protocol.PreviewInputRecord(record[..5]).RecordSize, Is.EqualTo(128));
    }
}

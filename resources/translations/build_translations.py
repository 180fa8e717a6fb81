"""Extracts the UI strings, fills in the Korean translations, and compiles ``.qm`` files.

Run from the repository root after changing UI texts::

    python resources/translations/build_translations.py

It runs ``pyside6-lupdate`` on ``facemood/gui`` (writing ``facemood_ko.ts`` and
``facemood_en.ts``), puts the translations below into the ``.ts`` files, and runs
``pyside6-lrelease`` to make the ``.qm`` files the app loads. Both tools ship with
PySide6-Essentials; the ``.qm`` files are committed, so no tool is needed at run time.
A string without a Korean translation stays marked "unfinished" and shows in English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

KO: dict[str, str] = {
    # About and crash reports
    "About FaceMood": "FaceMood 정보",
    "Plays music from your own library that fits the mood your face shows. Everything runs on "
    "this computer; nothing is sent anywhere and only the photos you capture are stored.": (
        "얼굴에 드러난 기분에 맞는 음악을 내 음악 보관함에서 골라 들려줍니다. 모든 처리는 이 "
        "컴퓨터에서 이루어지며, 어디에도 전송되지 않고 직접 찍은 사진만 저장됩니다."
    ),
    "Emotion model": "감정 모델",
    "Model card not found.": "모델 카드를 찾을 수 없습니다.",
    "Bundled photos and models": "함께 제공되는 사진과 모델",
    "Libraries": "라이브러리",
    "Crash reports": "오류 보고서",
    "No new crash reports.": "새 오류 보고서가 없습니다.",
    "FaceMood closed unexpectedly last time. {n} crash report(s) were saved.": (
        "지난번에 FaceMood가 예기치 않게 종료되었습니다. 오류 보고서 {n}개가 저장되었습니다."
    ),
    "The report stays on this computer. Please attach it when you report the problem.": (
        "보고서는 이 컴퓨터에만 있습니다. 문제를 알릴 때 첨부해 주세요."
    ),
    "Open folder": "폴더 열기",
    "Dismiss": "닫기",
    # Teach it your face
    "&Teach it your face…": "내 얼굴 알려주기(&T)…",
    "Teach it your face…": "내 얼굴 알려주기…",
    "Teach it your face": "내 얼굴 알려주기",
    "Start the camera to teach it your face": "내 얼굴을 알려주려면 카메라를 켜세요",
    "FaceMood now knows your face": "이제 FaceMood가 내 얼굴을 압니다",
    "What you taught was removed": "알려준 내용을 지웠습니다",
    "Your face": "내 얼굴",
    "Learn my resting face as I go": "쉬는 얼굴을 사용하면서 익히기",
    "Follow my own face (0-1)": "내 얼굴 기준으로 읽기 (0-1)",
    "Time to learn a new face (s)": "새 얼굴을 익히는 시간 (초)",
    "Catch up with a relaxed face (s)": "편안한 얼굴을 따라가는 시간 (초)",
    "Adapt to my resting face (s)": "쉬는 얼굴에 적응하는 시간 (초)",
    "taught": "알려줌",
    "not taught": "알려주지 않음",
    "Taught on {date}.": "{date}에 알려주었습니다.",
    "Not taught yet: moods are read from how your face changes.": (
        "아직 알려주지 않았습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다."
    ),
    "Sit as you usually do, facing the camera. FaceMood records a few seconds of your "
    "resting face and of your smile, and learns how your face shows them.": (
        "평소처럼 앉아 카메라를 보세요. FaceMood가 쉬는 얼굴과 웃는 얼굴을 몇 초씩 기록해 "
        "내 얼굴이 어떻게 표현하는지 익힙니다."
    ),
    "Also a {expression} face": "{expression} 얼굴도",
    "Start": "시작",
    "Remove what I taught": "알려준 내용 지우기",
    "{what} — recording in {n}…": "{what} — {n}초 뒤 기록…",
    "{what} — recording, hold it…": "{what} — 기록 중, 그대로 있으세요…",
    "Record again": "다시 기록",
    "That did not work": "잘되지 않았습니다",
    "Done": "완료",
    "Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with "
    "what FaceMood learned. Save to use it.": (
        "기록한 프레임 중 뜻대로 읽힌 비율: 전 {before:.0%}, 익힌 뒤 {after:.0%}. 저장하면 "
        "사용합니다."
    ),
    "Removed: moods are read from how your face changes.": (
        "지웠습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다."
    ),
    "Relax your face": "얼굴의 힘을 빼세요",
    "Smile": "웃어 보세요",
    "Look sad": "슬픈 표정을 지어 보세요",
    "Look surprised": "놀란 표정을 지어 보세요",
    "Look angry": "화난 표정을 지어 보세요",
    # Emotions (context Emotion) and music moods (context MusicMood)
    "angry": "화남",
    "disgusted": "역겨움",
    "afraid": "두려움",
    "happy": "행복",
    "sad": "슬픔",
    "surprised": "놀람",
    "neutral": "무표정",
    "calm": "차분함",
    "energetic": "활기참",
    "aggressive": "격렬함",
    "untagged": "태그 없음",
    # Library
    "Choose folder…": "폴더 선택…",
    "Rescan": "다시 검색",
    "Cancel scan": "검색 취소",
    "Mood": "분위기",
    "Tracks": "곡",
    "Title": "제목",
    "Artist": "아티스트",
    "File": "파일",
    "Reason": "이유",
    "Tracks per mood": "분위기별 곡 수",
    "Skipped files": "건너뛴 파일",
    "Tag selected tracks as": "선택한 곡의 분위기 태그:",
    "Write tag": "태그 쓰기",
    "Music folder: {path}": "음악 폴더: {path}",
    "Scanning…": "검색 중…",
    "{done} of {total} files": "파일 {total}개 중 {done}개",
    "{tracks} tracks, {skipped} skipped": "곡 {tracks}개, 건너뜀 {skipped}개",
    "(cancelled)": "(취소됨)",
    "Select tracks first.": "먼저 곡을 선택하세요.",
    "{n} files tagged.": "파일 {n}개에 태그를 썼습니다.",
    "{n} failed: {why}": "{n}개 실패: {why}",
    # Main window
    "FaceMood": "FaceMood",
    "Live": "실시간",
    "Library": "보관함",
    "Mood over the last minutes": "최근 몇 분간의 기분",
    "Your mood": "지금 기분",
    "Emotions (thick: smoothed, thin: this frame)": (
        "감정 (굵은 막대: 평균, 얇은 막대: 현재 프레임)"
    ),
    "Now playing": "재생 중",
    "Up next in this mood": "이 분위기의 다음 곡",
    "Back to camera": "카메라로 돌아가기",
    "Analysis paused — the camera is off.\nResume with File ▸ Resume analysis.": (
        "분석이 일시 정지되었습니다 — 카메라가 꺼져 있습니다.\n"
        "파일 ▸ 분석 다시 시작으로 재개하세요."
    ),
    "Music:": "음악:",
    "follow my face": "내 얼굴 따라가기",
    "Resume auto": "자동으로 돌아가기",
    "When neutral, play:": "무표정일 때 재생:",
    "energetic (focus)": "활기찬 음악 (집중)",
    "keep current": "지금 음악 유지",
    "&File": "파일(&F)",
    "&Open video or photo…": "동영상 또는 사진 열기(&O)…",
    "&Camera": "카메라(&C)",
    "Resume analysis": "분석 다시 시작",
    "&Pause analysis": "분석 일시 정지(&P)",
    "&Capture photo": "사진 찍기(&C)",
    "&Settings…": "설정(&S)…",
    "&Quit": "끝내기(&Q)",
    "&Mood": "기분(&M)",
    "Record my &neutral face": "내 무표정 얼굴 기록하기(&N)",
    "&Language": "언어(&L)",
    "System language": "시스템 언어",
    "&Help": "도움말(&H)",
    "&About FaceMood": "FaceMood 정보(&A)",
    "Crash reports…": "오류 보고서…",
    "Open a video or photo": "동영상 또는 사진 열기",
    "Videos and photos ({patterns});;All files (*)": "동영상과 사진 ({patterns});;모든 파일 (*)",
    "No camera found": "카메라를 찾을 수 없음",
    "Looking for cameras…": "카메라를 찾는 중…",
    "Search again": "다시 찾기",
    "Camera {n}": "카메라 {n}",
    "starting": "시작하는 중",
    "running": "실행 중",
    "no camera, retrying": "카메라 없음, 다시 시도 중",
    "ended": "끝남",
    "paused": "일시 정지",
    "failed": "실패",
    "{fps:.0f} fps": "{fps:.0f} fps",
    "analysis {ms:.1f} ms": "분석 {ms:.1f} ms",
    "- fps": "- fps",
    "…": "…",
    "Nothing to capture yet": "아직 찍을 화면이 없습니다",
    "Saved {path}": "저장했습니다: {path}",
    "Analysing {name}…": "{name} 분석 중…",
    "{name}: no face found": "{name}: 얼굴을 찾지 못했습니다",
    "{name}: {emotion} ({p:.0%})": "{name}: {emotion} ({p:.0%})",
    "Start the camera to calibrate": "보정하려면 카메라를 켜세요",
    "Look at the camera with a relaxed face for a few seconds…": (
        "편안한 표정으로 몇 초 동안 카메라를 바라보세요…"
    ),
    "Choose your music folder": "음악 폴더 선택",
    "Library: {n} tracks": "보관함: {n}곡",
    # Messages
    "You look angry": "화가 난 것 같아요",
    "You look disgusted": "불쾌해 보여요",
    "You look worried": "걱정스러워 보여요",
    "You look happy": "행복해 보여요",
    "You look sad": "슬퍼 보여요",
    "You look surprised": "놀란 것 같아요",
    "You look relaxed": "편안해 보여요",
    "here is something to keep you smiling": "계속 웃을 수 있는 음악을 틀어 드릴게요",
    "here is something that understands": "마음을 알아주는 음악을 틀어 드릴게요",
    "here is something to calm you down": "마음을 가라앉혀 줄 음악을 틀어 드릴게요",
    "here is something with energy": "힘이 나는 음악을 틀어 드릴게요",
    "here is something loud to let it out": "속이 시원해지는 강렬한 음악을 틀어 드릴게요",
    "Looking for your face…": "얼굴을 찾는 중…",
    "You chose {mood} music": "{mood} 음악을 직접 고르셨어요",
    "{look} — {offer}": "{look} — {offer}",
    "seconds ago": "초 전",
    # No camera panel, preview
    "No camera": "카메라 없음",
    "Nothing to show": "표시할 화면 없음",
    "No camera was found, or it was lost.": "카메라를 찾지 못했거나 연결이 끊겼습니다.",
    "Trying again in the background…": "백그라운드에서 다시 시도하는 중…",
    "Open a video or photo…": "동영상 또는 사진 열기…",
    "Try again now": "지금 다시 시도",
    "No picture yet": "아직 화면이 없습니다",
    # Now playing
    "Previous track": "이전 곡",
    "Play / pause": "재생 / 일시 정지",
    "Next track": "다음 곡",
    "♥ Like": "♥ 좋아요",
    "Play this more often in this mood": "이 분위기에서 이 곡을 더 자주 재생",
    "Play less": "덜 듣기",
    "Skip to another song and play this one less often in this mood": (
        "다른 노래로 넘어가고 이 분위기에서 이 노래를 덜 재생"
    ),
    "Volume": "음량",
    "Nothing playing": "재생 중인 곡 없음",
    "Unknown artist": "알 수 없는 아티스트",
    "Mood: {mood}": "분위기: {mood}",
    # Settings
    "Camera": "카메라",
    "Several faces": "얼굴이 여러 개일 때",
    "Face detector": "얼굴 검출기",
    "Smoothing window (s)": "평균 구간 (초)",
    "Sensitivity margin (hysteresis)": "민감도 여유 (히스테리시스)",
    "Minimum time per mood (s)": "기분 최소 유지 시간 (초)",
    "Confidence floor": "최소 신뢰도",
    "Away after (s)": "자리 비움 판단 (초)",
    "Music folder": "음악 폴더",
    "Music strategy": "음악 선택 방식",
    "Custom mapping": "직접 지정",
    "When neutral, play": "무표정일 때 재생",
    "On a mood change": "기분이 바뀌면",
    "Fade (s)": "페이드 (초)",
    "Audio output": "오디오 출력",
    "Language": "언어",
    "Capture folder": "사진 저장 폴더",
    "follow the largest face": "가장 큰 얼굴 따라가기",
    "average all faces": "모든 얼굴의 평균",
    "match my mood": "내 기분에 맞추기",
    "lift my mood": "기분 끌어올리기",
    "my own mapping": "직접 지정한 대응표",
    "calm music": "차분한 음악",
    "energetic music (focus)": "활기찬 음악 (집중)",
    "keep the current music": "지금 음악 유지",
    "fade to new music now": "바로 새 음악으로 페이드",
    "switch when the track ends": "곡이 끝나면 바꾸기",
    "system language": "시스템 언어",
    "Camera and faces": "카메라와 얼굴",
    "Music": "음악",
    "Window": "창",
    "Browse…": "찾아보기…",
    "Choose a folder": "폴더 선택",
    "(strategy default)": "(방식 기본값)",
    "Reset": "초기화",
    "calibrated": "보정됨",
    "not calibrated": "보정 안 됨",
    "FaceMood settings": "FaceMood 설정",
    "(default)": "(기본값)",
}
"""Korean for each English source text."""

KO_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("MusicMood", "happy"): "행복한",
    ("MusicMood", "sad"): "슬픈",
    ("MusicMood", "calm"): "차분한",
    ("MusicMood", "energetic"): "활기찬",
    ("MusicMood", "aggressive"): "격렬한",
    ("MainWindow", "calm"): "차분한 음악",
    ("SettingsDialog", "Mood"): "기분",
}
"""Where one English word needs a different Korean word in another context."""


def _tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def fill(ts: Path, language: str) -> tuple[int, int]:
    """Put translations into ``ts``; returns (translated, total)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "ko_KR" if language == "ko" else "en_US")
    done = total = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            total += 1
            text = source if language == "en" else KO_BY_CONTEXT.get((name, source), KO.get(source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
                done += 1
            else:
                translation.set("type", "unfinished")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, total


def main() -> int:
    """Update the .ts files and compile them."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facemood" / "gui").glob("*.py"))
    for language in ("ko", "en"):
        ts = HERE / f"facemood_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        done, total = fill(ts, language)
        print(f"{ts.name}: {done}/{total} translated")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

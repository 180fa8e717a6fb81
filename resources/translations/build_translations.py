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
    "My face": "내 얼굴",
    "Learn my resting face as I go": "쉬는 얼굴을 사용하면서 익히기",
    "Follow my own face (0-1)": "내 얼굴 기준으로 읽기 (0-1)",
    "Learn a new face over (seconds)": "새 얼굴을 익히는 시간 (초)",
    "Catch up with a relaxed face over (seconds)": "편안한 얼굴을 따라가는 시간 (초)",
    "Adapt to my resting face over (seconds)": "쉬는 얼굴에 적응하는 시간 (초)",
    "Guess the mood of untagged tracks from their sound": "태그 없는 곡의 분위기를 소리로 추측하기",
    # Audio estimates in the library
    "Listening to untagged tracks: {done} of {total}": (
        "태그 없는 곡 듣는 중: {total}곡 중 {done}곡"
    ),
    "{mood} · estimated {percent} %": "{mood} · 추정 {percent} %",
    "Estimated from the audio: energy {arousal} %, positive mood {valence} %, {tempo} BPM, "
    "{mode}. Tag it to correct it.": (
        "소리로 추정했습니다: 에너지 {arousal} %, 긍정적인 분위기 {valence} %, "
        "{tempo} BPM, {mode}. 고치려면 태그를 붙이세요."
    ),
    "major": "장조",
    "minor": "단조",
    "Mood from its {source}: {raw}": "{source}에서 온 분위기: {raw}",
    "mood tag": "분위기 태그",
    "folder": "폴더",
    "playlist": "재생 목록",
    "genre": "장르",
    "Write the estimated moods as tags": "추정한 분위기를 태그로 쓰기",
    # Notices
    "Warnings of this session": "이번 실행의 경고",
    "Warnings": "경고",
    "{n} warnings in this session:": "이번 실행의 경고 {n}개:",
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
    "Your mood": "지금 기분",
    "Emotions (thick: smoothed, thin: this frame)": (
        "감정 (굵은 막대: 평균, 얇은 막대: 현재 프레임)"
    ),
    "Now playing": "재생 중",
    "Back to camera": "카메라로 돌아가기",
    "Analysis paused — the camera is off.\nResume with File → Resume analysis.": (
        "분석이 일시 정지되었습니다 — 카메라가 꺼져 있습니다.\n"
        "파일 → 분석 다시 시작으로 재개하세요."
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
    "Volume": "음량",
    "Nothing playing": "재생 중인 곡 없음",
    "Unknown artist": "알 수 없는 아티스트",
    "Mood: {mood}": "분위기: {mood}",
    # Settings
    "Camera": "카메라",
    "Music folder": "음악 폴더",
    "Language": "언어",
    "follow the largest face": "가장 큰 얼굴 따라가기",
    "average all faces": "모든 얼굴의 평균",
    "match my mood": "내 기분에 맞추기",
    "lift my mood": "기분 끌어올리기",
    "calm music": "차분한 음악",
    "energetic music (focus)": "활기찬 음악 (집중)",
    "keep the current music": "지금 음악 유지",
    "fade to new music now": "바로 새 음악으로 페이드",
    "system language": "시스템 언어",
    "Camera and faces": "카메라와 얼굴",
    "Music": "음악",
    "Window": "창",
    "Browse…": "찾아보기…",
    "Choose a folder": "폴더 선택",
    "Reset": "초기화",
    "FaceMood settings": "FaceMood 설정",
    "(default)": "(기본값)",
    # About (written for users)
    "Plays music from your own library that fits the mood your face shows.": (
        "얼굴에 드러난 기분에 맞는 음악을 내 음악 보관함에서 골라 들려줍니다."
    ),
    "How it works": "어떻게 동작하나요",
    "FaceMood finds your face in the camera picture and reads its expression (angry, "
    "disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It "
    "follows the mood that lasts a moment, so a glance does not change the music. It can "
    "match your mood or lift it, and you can always choose the music yourself.": (
        "FaceMood는 카메라 화면에서 얼굴을 찾아 작은 신경망으로 표정(화남, 역겨움, 두려움, "
        "행복, 슬픔, 놀람, 무표정)을 읽습니다. 잠깐 스친 표정이 아니라 한동안 이어지는 기분을 "
        "따라가므로 한 번 흘끗 본 것으로는 음악이 바뀌지 않습니다. 기분에 맞추거나 기분을 "
        "북돋는 음악을 고를 수 있고, 언제든 직접 음악을 정할 수도 있습니다."
    ),
    "Your privacy": "개인정보",
    "Everything runs on this computer, without a network connection. Camera pictures are "
    "never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.": (
        "모든 처리는 네트워크 연결 없이 이 컴퓨터에서 이루어집니다. 카메라 화면은 저장되거나 "
        "어디로도 전송되지 않으며, 직접 찍은 사진(Shift+C)만 저장됩니다."
    ),
    "How reliable it is": "얼마나 정확한가요",
    "Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a "
    "face turned away or glasses with reflections make it less reliable; recording your "
    "neutral face (Mood menu) helps it know you.": (
        "사람처럼 뚜렷한 표정은 잘 알아보고 미묘한 표정은 헷갈려 합니다. 어두운 조명, 돌린 "
        "얼굴, 빛이 반사되는 안경은 정확도를 떨어뜨립니다. 내 무표정 얼굴을 기록해 두면(기분 "
        "메뉴) 나를 더 잘 알아봅니다."
    ),
    "The model card: how the model was trained and tested": (
        "모델 카드: 모델을 어떻게 학습하고 시험했는지"
    ),
    "Credits": "만든 사람들",
    "Sample photos": "예시 사진",
    "Face detector: MediaPipe BlazeFace (Google, Apache 2.0)": (
        "얼굴 검출기: MediaPipe BlazeFace (Google, Apache 2.0)"
    ),
    "Demo music, made for FaceMood": "FaceMood를 위해 만든 데모 음악",
    "Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)": (
        "한글 글꼴: 나눔고딕의 일부 (NAVER, SIL OFL 1.1)"
    ),
    "Made with": "사용한 라이브러리",
    # Library tab: play and context menu
    "Tracks (double-click to play, right-click for more)": (
        "곡 (두 번 클릭하면 재생, 오른쪽 클릭하면 더 보기)"
    ),
    "Play": "재생",
    "Pause": "일시 정지",
    "Tag as": "분위기 태그",
    "Show in folder": "폴더에서 보기",
    # Main window: capture, tray, closing
    "Up next in this mood (double-click to play)": "이 분위기의 다음 곡 (두 번 클릭하면 재생)",
    "Saved to {path}": "저장했습니다: {path}",
    "The photo could not be saved: {why}": "사진을 저장하지 못했습니다: {why}",
    "FaceMood is still playing": "FaceMood가 계속 재생 중입니다",
    "It keeps running here. Quit it from this icon's menu.": (
        "여기에서 계속 실행됩니다. 끝내려면 이 아이콘의 메뉴를 쓰세요."
    ),
    "Close FaceMood": "FaceMood 닫기",
    "Closing the window stops FaceMood and its music.": ("창을 닫으면 FaceMood와 음악이 멈춥니다."),
    "FaceMood can keep playing in the system tray instead. You can change this any time in "
    "Settings → Window → Keep running in the tray.": (
        "대신 시스템 트레이에서 계속 재생할 수도 있습니다. 언제든 설정 → 창 → 창을 닫을 때에서 "
        "바꿀 수 있습니다."
    ),
    "Keep running in the tray": "트레이에서 계속 실행",
    "Quit": "끝내기",
    "Show FaceMood": "FaceMood 보이기",
    "Quit FaceMood": "FaceMood 끝내기",
    # Timeline
    "minutes ago": "분 전",
    "Mood over the last minute": "최근 1분간의 기분",
    "Mood since this source started": "이 화면을 연 뒤의 기분",
    "last minute": "최근 1분",
    "this session": "이번 세션 전체",
    # No camera, the bar under the picture
    "No camera was found, or it was lost. Check that it is plugged in, allowed in the "
    "system's privacy settings and not used by another app.": (
        "카메라를 찾지 못했거나 연결이 끊겼습니다. 카메라가 연결되어 있는지, 시스템 개인정보 "
        "설정에서 허용되어 있는지, 다른 앱이 쓰고 있지 않은지 확인하세요."
    ),
    "This could not be opened: {what}": "열 수 없습니다: {what}",
    "Capture (Shift+C)": "사진 찍기 (Shift+C)",
    "Save this picture as a photo and play music for it": (
        "지금 화면을 사진으로 저장하고 그 표정에 맞는 음악을 틉니다"
    ),
    # Now playing, sound notice
    "Go to another song and play this one less often in this mood": (
        "다른 곡으로 넘어가고 이 분위기에서 이 곡을 덜 틉니다"
    ),
    "Choose a sound output…": "소리 출력 선택…",
    "the default output": "기본 출력",
    "No sound: VLC is not installed": "소리 없음: VLC가 설치되어 있지 않습니다",
    "FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the "
    "packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still "
    "recognised.": (
        "FaceMood는 VLC로 음악을 재생합니다. videolan.org에서 VLC를 설치한 뒤(Debian이나 "
        "Ubuntu에서는 libvlc5와 vlc-plugin-base 패키지) FaceMood를 다시 시작하세요. 기분은 "
        "계속 알아봅니다."
    ),
    "No such sound output: {output}": "없는 소리 출력입니다: {output}",
    "VLC uses its default output instead. Choose an output that exists.": (
        "VLC가 대신 기본 출력을 씁니다. 있는 출력을 고르세요."
    ),
    "No sound: {output} does not work": "소리 없음: {output} 출력이 동작하지 않습니다",
    "The music goes on without sound. Check that speakers or headphones are connected and "
    "not muted in the system's sound settings, or choose another sound output.": (
        "음악은 소리 없이 계속됩니다. 스피커나 헤드폰이 연결되어 있고 시스템 소리 설정에서 "
        "음소거되지 않았는지 확인하거나 다른 소리 출력을 고르세요."
    ),
    # Menus
    "&Playback": "재생(&P)",
    "&Next track": "다음 곡(&N)",
    "P&revious track": "이전 곡(&R)",
    "&Like this track": "이 곡 좋아요(&L)",
    "Play this less &often": "이 곡 덜 틀기(&O)",
    "Volume &up": "소리 크게(&U)",
    "Volume &down": "소리 작게(&D)",
    "&View": "보기(&V)",
    "&Side panel": "옆 패널(&S)",
    # Settings in plain words
    "With several faces in view": "화면에 얼굴이 여럿일 때",
    "Face finder": "얼굴 찾기 방식",
    "React to expressions over (seconds)": "표정을 지켜보는 시간 (초)",
    "Change mood only when the new one leads by": "새 기분이 이만큼 앞설 때만 바꾸기",
    "Keep a mood at least (seconds)": "한 기분을 최소한 유지하는 시간 (초)",
    "Ignore expressions less sure than": "이보다 확신이 낮은 표정은 무시",
    "Count me as away after (seconds)": "얼굴이 안 보이면 자리를 비운 것으로 보는 시간 (초)",
    "My neutral face": "내 무표정 얼굴",
    "Music for my mood": "기분에 맞는 음악",
    "My own choice": "직접 고르기",
    "When my face is relaxed, play": "편안한 표정일 때 재생",
    "When my mood changes": "기분이 바뀌면",
    "Fade between songs (seconds)": "곡 사이 페이드 (초)",
    "Sound output": "소리 출력",
    "Save captured photos in": "찍은 사진을 저장할 곳",
    "Closing the window": "창을 닫을 때",
    "The mood timeline shows": "기분 그래프에 보일 기간",
    "the best one available": "쓸 수 있는 가장 좋은 방식",
    "BlazeFace (fast and accurate)": "BlazeFace (빠르고 정확함)",
    "Haar cascade (older, frontal faces only)": "Haar cascade (예전 방식, 정면 얼굴만)",
    "none (the whole picture is the face)": "없음 (화면 전체를 얼굴로 봄)",
    "my own choice per emotion": "감정마다 직접 고르기",
    "let the song finish first": "지금 곡이 끝난 뒤에 바꾸기",
    "the last minute": "최근 1분",
    "this whole session": "이번 세션 전체",
    "Choose a full path, e.g. with Browse…": "전체 경로를 고르세요 (예: 찾아보기… 사용)",
    "This folder does not exist.": "이 폴더가 없습니다.",
    "This is a file, not a folder.": "폴더가 아니라 파일입니다.",
    "Neither this folder nor the one it would go in exists.": (
        "이 폴더도, 이 폴더가 들어갈 폴더도 없습니다."
    ),
    "(as with “match my mood”)": "(“기분에 맞추기”와 같음)",
    "recorded": "기록됨",
    "not recorded": "기록 안 됨",
    "system default": "시스템 기본값",
    "none (silent)": "없음 (소리 안 냄)",
    "{name} (not found)": "{name} (찾을 수 없음)",
    "(looking…)": "(찾는 중…)",
    "(not found)": "(찾을 수 없음)",
    "keeps FaceMood playing in the system tray": "FaceMood를 시스템 트레이에서 계속 재생",
    "This desktop has no system tray.": "이 데스크톱에는 시스템 트레이가 없습니다.",
    "(the demo library)": "(데모 보관함)",
}
"""Korean for each English source text."""

KO_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("MusicMood", "happy"): "행복한",
    ("MusicMood", "sad"): "슬픈",
    ("MusicMood", "calm"): "차분한",
    ("MusicMood", "energetic"): "활기찬",
    ("MusicMood", "aggressive"): "격렬한",
    ("MoodBox", "calm"): "차분한 음악",
    ("TrayIcon", "Mood: {mood}"): "기분: {mood}",
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
    # The widgets, and the settings schema's labels (marked with QT_TRANSLATE_NOOP).
    files = [
        *(ROOT / "facemood" / "gui").glob("*.py"),
        ROOT / "facemood" / "settings" / "schema.py",
    ]
    sources = sorted(str(p.relative_to(ROOT)) for p in files)
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
